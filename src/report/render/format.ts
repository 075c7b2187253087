/** Numbers as the report prints them, the same in the terminal, the HTML page and the CSV. */

/** One decimal, rounded down like the percentages themselves: 74.99 shows as 74.9 %, never 75.0 %. */
export function percentText(percent: number): string {
  return `${(Math.floor(Math.round(percent * 100) / 10) / 10).toFixed(1)} %`;
}

export function count(n: number): string {
  return n.toLocaleString('en-US');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/** A month as people say it: 2025-02 → Feb 2025. */
export function monthName(month: string): string {
  const [year, number] = month.split('-');
  return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(number) - 1]} ${year}`;
}
