/** One sample of the Prometheus text exposition format (version 0.0.4). */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** A scrape, parsed: its samples and each metric family's declared type. */
export interface Scrape {
  samples: Sample[];
  types: Map<string, string>;
}

/**
 * Parses the text format as Prometheus does (https://prometheus.io/docs/instrumenting/exposition_formats/):
 * `# TYPE` lines, comments, and `name{label="value",…} value [timestamp]` samples with escaped
 * label values (\\, \", \n). Anything else fails the test.
 */
export function parseExposition(text: string): Scrape {
  const samples: Sample[] = [];
  const types = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    if (line.startsWith('#')) {
      const type = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$/.exec(line);
      if (type) types.set(type[1]!, type[2]!);
      continue;
    }
    const head = /^([a-zA-Z_:][a-zA-Z0-9_:]*)/.exec(line);
    if (!head) throw new Error(`not a sample line: ${line}`);
    const name = head[1]!;
    let rest = line.slice(name.length);
    const labels: Record<string, string> = {};
    if (rest.startsWith('{')) {
      rest = rest.slice(1);
      while (!rest.startsWith('}')) {
        const label = /^([a-zA-Z_][a-zA-Z0-9_]*)="/.exec(rest);
        if (!label) throw new Error(`bad label in: ${line}`);
        rest = rest.slice(label[0].length);
        let value = '';
        for (;;) {
          const char = rest[0];
          if (char === undefined) throw new Error(`unterminated label value in: ${line}`);
          rest = rest.slice(1);
          if (char === '"') break;
          if (char === '\\') {
            const escaped = rest[0];
            rest = rest.slice(1);
            value += escaped === 'n' ? '\n' : escaped;
          } else {
            value += char;
          }
        }
        labels[label[1]!] = value;
        if (rest.startsWith(',')) rest = rest.slice(1);
      }
      rest = rest.slice(1);
    }
    const [valueText = ''] = rest.trim().split(/\s+/);
    // Go's ParseFloat, as Prometheus reads values: NaN and Inf in any case (prom-client writes `Nan`).
    const special = SPECIAL_VALUES[valueText.toLowerCase()];
    const value = special ?? Number(valueText);
    if (valueText === '' || (Number.isNaN(value) && special === undefined)) throw new Error(`bad value in: ${line}`);
    samples.push({ name, labels, value });
  }
  return { samples, types };
}

const SPECIAL_VALUES: Record<string, number> = { nan: NaN, '+inf': Infinity, inf: Infinity, '-inf': -Infinity };

/** The sum of the samples named `name` whose labels include `labels` (0 when none). */
export function total(scrape: Scrape, name: string, labels: Record<string, string> = {}): number {
  return scrape.samples
    .filter((s) => s.name === name && Object.entries(labels).every(([key, value]) => s.labels[key] === value))
    .reduce((sum, s) => sum + s.value, 0);
}

/** The samples named `name`. */
export function samplesOf(scrape: Scrape, name: string): Sample[] {
  return scrape.samples.filter((s) => s.name === name);
}

/** GETs and parses a /metrics URL. */
export async function scrape(url: string): Promise<Scrape> {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4; charset=utf-8$/);
  return parseExposition(await response.text());
}
