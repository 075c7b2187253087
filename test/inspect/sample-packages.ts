import type { CraftedEntry } from './craft-zip.js';

/** A clean hand-made SCORM 1.2 manifest (the shape ADL's and Rustici's single-SCO samples use). */
export const SCORM12_MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="com.example.safety" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="ORG-1">
    <organization identifier="ORG-1">
      <title>Fire safety</title>
      <item identifier="ITEM-1" identifierref="RES-1" isvisible="true">
        <title>Fire safety</title>
        <adlcp:masteryscore>80</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="RES-1" type="webcontent" adlcp:scormtype="sco" href="index.html">
      <file href="index.html"/>
      <file href="assets/app.js"/>
    </resource>
  </resources>
</manifest>
`;

export const SCORM2004_MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="com.example.safety" version="1.0"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="ORG-1">
    <organization identifier="ORG-1">
      <title>Fire safety</title>
      <item identifier="ITEM-1" identifierref="RES-1">
        <title>Fire safety</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="PRIMARY" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="RES-1" type="webcontent" adlcp:scormType="sco" href="index.html">
      <file href="index.html"/>
      <file href="assets/app.js"/>
    </resource>
  </resources>
</manifest>
`;

/** Rustici's Golf-example shape: one launchable activity. */
export const TINCAN_XML = `<?xml version="1.0" encoding="utf-8"?>
<tincan xmlns="http://projecttincan.com/tincan.xsd">
  <activities>
    <activity id="https://courses.example/fire-safety" type="http://adlnet.gov/expapi/activities/course">
      <name lang="en-US">Fire safety</name>
      <description lang="en-US">Evacuation basics</description>
      <launch lang="en-us">index.html</launch>
    </activity>
  </activities>
</tincan>
`;

export const CMI5_XML = `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="https://courses.example/fire-safety">
    <title><langstring lang="en-US">Fire safety</langstring></title>
    <description><langstring lang="en-US">Evacuation basics</langstring></description>
  </course>
  <au id="https://courses.example/fire-safety/au" moveOn="CompletedAndPassed" masteryScore="0.8" launchMethod="AnyWindow">
    <title><langstring lang="en-US">Fire safety</langstring></title>
    <description><langstring lang="en-US">The whole course</langstring></description>
    <url>index.html</url>
  </au>
</courseStructure>
`;

/** The content files every sample package carries next to its descriptor. */
export const CONTENT: readonly CraftedEntry[] = [
  { name: 'index.html', data: '<!doctype html><title>Fire safety</title><script src="assets/app.js"></script>' },
  { name: 'assets/app.js', data: 'console.log("lesson");', deflate: true },
];

/** A package: descriptor at `descriptorPath` plus the sample content (under `prefix`). */
export function samplePackage(descriptorPath: string, descriptor: string, prefix = ''): CraftedEntry[] {
  return [{ name: descriptorPath, data: descriptor, deflate: true }, ...CONTENT.map((entry) => ({ ...entry, name: prefix + entry.name }))];
}
