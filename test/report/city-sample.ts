/**
 * A small city for pictures and page checks: 120 employees in six
 * departments, completions spread over six months, so every chart has
 * something to show. Deterministic: the same files every time.
 */
const DEPARTMENTS = ['Police', 'Fire', 'Parks and Recreation', 'Library', 'Water Services', 'Transit'];
const MONTHS = ['2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02'];

export function citySample(): { roster: string; completions: string } {
  const roster = ['Employee ID,Name,Email,Department,Status,Hire Date'];
  const completions = ['Employee ID,Status,Completion Date'];
  for (let i = 1; i <= 120; i++) {
    const department = DEPARTMENTS[i % DEPARTMENTS.length]!;
    const hired = i % 17 === 0 ? '2024-12-20' : '2019-06-01';
    roster.push(`${i},Person ${i},person${i}@city.example,${department},${i % 23 === 0 ? 'Terminated' : 'Active'},${hired}`);
    // Each department completes at its own pace: Police most, Transit least.
    if ((i * 7) % 10 < 8 - (i % DEPARTMENTS.length)) {
      completions.push(`${i},Completed,${MONTHS[(i * 5) % MONTHS.length]}-${String(1 + (i % 27)).padStart(2, '0')}`);
    } else if (i % 3 === 0) completions.push(`${i},In Progress,`);
  }
  return { roster: `${roster.join('\n')}\n`, completions: `${completions.join('\n')}\n` };
}
