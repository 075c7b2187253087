import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../helpers/course-files.js';

const CAPTIONS = 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHotline, how can I help?\n';
const video = (link = '[Watch](assets/call.mp4)') => ['# Media', '', ':::video[Calling the hotline]', link, ':::', ''].join('\n');
const findings = (diagnostics: { file: string; line?: number; column?: number; severity: string; ruleId: string; message: string }[]) =>
  diagnostics.map((d) => `${d.file.replace(/^.*[\\/]/, '')}:${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`);

describe('video and audio clips', () => {
  it('packages a video with the captions and poster found beside it, and never autoplays it', async () => {
    const { course, diagnostics } = await compileFiles({
      '01-media.md': video(), 'assets/call.mp4': 'mp4', 'assets/call.vtt': CAPTIONS, 'assets/call.jpg': 'jpg',
    });
    expect(diagnostics).toEqual([]);
    expect(course?.assets.map((asset) => asset.packagePath)).toEqual(['assets/call.jpg', 'assets/call.mp4', 'assets/call.vtt']);
    const html = course?.modules[0]?.screens[0]?.blocks[0];
    expect(html).toEqual({
      kind: 'html',
      html: '<figure class="block-media"><video src="assets/call.mp4" controls preload="metadata" poster="assets/call.jpg"><track kind="captions" src="assets/call.vtt" default><p><a href="assets/call.mp4">Watch</a></p></video><figcaption>Calling the hotline</figcaption></figure>',
    });
  });

  it('refuses a video without captions, at its link, naming the file to add', async () => {
    const { course, diagnostics } = await compileFiles({ '01-media.md': video(), 'assets/call.mp4': 'mp4' });
    expect(course).toBeNull();
    expect(findings(diagnostics)).toEqual(['01-media.md:4:1 error media-captions Video "assets/call.mp4" has no captions (assets/call.vtt is missing).']);
  });

  it('refuses captions that are not valid WebVTT, at the line and column of the .vtt file', async () => {
    const { diagnostics } = await compileFiles({
      '01-media.md': video(), 'assets/call.mp4': 'mp4',
      'assets/call.vtt': 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nFine.\n\n00:00:05.000 --> 00:00:02.000\nEnds before it starts.\n',
    });
    expect(findings(diagnostics)).toEqual(['call.vtt:6:30 error media-vtt End timestamp is not greater than start timestamp in the captions.']);
    const missingHeader = await compileFiles({ '01-media.md': video(), 'assets/call.mp4': 'mp4', 'assets/call.vtt': '1\n00:00:00,000 --> 00:00:01,000\nSRT, not VTT\n' });
    expect(findings(missingHeader.diagnostics)[0]).toBe('call.vtt:1:1 error media-vtt No valid signature. (File needs to start with "WEBVTT".) in the captions.');
  });

  it('refuses audio without a transcript, and a clip the player cannot play', async () => {
    const { diagnostics } = await compileFiles({
      '01-media.md': ['# Media', '', ':::audio[An account]', '[Listen](assets/account.mp3)', ':::', '', ':::video[Slides]', '[Open](assets/slides.pptx)', ':::', ''].join('\n'),
      'assets/account.mp3': 'mp3', 'assets/slides.pptx': 'pptx',
    });
    expect(findings(diagnostics)).toEqual([
      '01-media.md:8:1 error block-structure "assets/slides.pptx" is not a video file the player can play.',
      '01-media.md:3:1 error media-transcript Audio "assets/account.mp3" has no transcript, so learners who cannot hear it miss what it says.',
    ]);
  });

  it('packages an audio clip\'s captions but not a picture beside it, which is reported as unused', async () => {
    const { course, diagnostics } = await compileFiles({
      '01-media.md': ['# Media', '', ':::audio[An account]', '[Listen](assets/account.mp3)', '', 'What is said.', ':::', ''].join('\n'),
      'assets/account.mp3': 'mp3', 'assets/account.vtt': CAPTIONS, 'assets/account.png': 'png',
    });
    expect(course?.assets.map((asset) => asset.packagePath)).toEqual(['assets/account.mp3', 'assets/account.vtt']);
    expect(findings(diagnostics)).toEqual(['account.png:undefined:undefined warning unused-asset assets/account.png is not used by any lesson, so it is left out of the package.']);
  });

  it('warns about a clip over 5 MB', async () => {
    const { course, diagnostics } = await compileFiles({
      '01-media.md': ['# Media', '', ':::audio[An account]', '[Listen](assets/account.mp3)', '', 'What is said.', ':::', ''].join('\n'),
      'assets/account.mp3': Buffer.alloc(6 * 1024 * 1024),
    });
    expect(course).not.toBeNull();
    expect(findings(diagnostics)).toEqual(['01-media.md:4:1 warning media-size Audio "assets/account.mp3" is 6.0 MB; learners on phones wait for every megabyte.']);
  });

  it('refuses a reveal card without a front or a back', async () => {
    const { diagnostics } = await compileFiles({ '01-cards.md': ['# Cards', '', ':::reveal', 'A back.', ':::', '', ':::reveal[A front]', ':::', ''].join('\n') });
    expect(findings(diagnostics)).toEqual([
      '01-cards.md:3:1 error block-structure A reveal card has no front.',
      '01-cards.md:7:1 error block-structure A reveal card has nothing on its back.',
    ]);
  });
});
