// A Chromium CPU profile (CDP Profiler.stop) summed per function: self time and inclusive time,
// for the one-off probes (bench/profile-import.ts, bench/profile-interaction.ts).

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface SummaryOptions {
  /** Only samples with a function of this name on their stack (e.g. the event handler). */
  under?: string;
  /** Times divided by this (e.g. the number of repetitions: ms per repetition). */
  per?: number;
  /** Rows of each list. */
  self?: number;
  inclusive?: number;
}

/** The functions with the most self time and the most inclusive time, as text. */
export function profileSummary(
  profile: CpuProfile,
  { under = '', per = 1, self: selfRows = 35, inclusive: inclusiveRows = 60 }: SummaryOptions = {},
): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  const stack = function* (id: number) {
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur))
      yield byId.get(cur)!;
  };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + profile.timeDeltas[i]! / 1000),
  );
  if (under)
    for (const id of [...self.keys()])
      if (![...stack(id)].some((n) => n.callFrame.functionName === under)) self.delete(id);
  const selfTime = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, ms] of self) {
    const k = key(byId.get(id)!);
    selfTime.set(k, (selfTime.get(k) ?? 0) + ms);
    const seen = new Set<string>();
    for (const n of stack(id)) {
      const f = key(n);
      if (seen.has(f)) continue;
      seen.add(f);
      inclusive.set(f, (inclusive.get(f) ?? 0) + ms);
    }
  }
  const top = (m: Map<string, number>, rows: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, rows)
      .map(([f, ms]) => `  ${(ms / per).toFixed(per === 1 ? 0 : 1).padStart(7)} ms  ${f}`)
      .join('\n');
  return `self time:\n${top(selfTime, selfRows)}\ninclusive time:\n${top(inclusive, inclusiveRows)}`;
}

/** Runs of consecutive busy samples (not idle, not GC-free program gaps) of at least `minMs`: the
 * profile's long tasks, each with its start (ms from the profile's start) and its own profile. */
export function busyRuns(
  profile: CpuProfile,
  minMs: number,
): { at: number; ms: number; part: CpuProfile }[] {
  const idle = new Set(
    profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id),
  );
  const runs: { at: number; ms: number; part: CpuProfile }[] = [];
  let t = 0;
  let start = -1;
  let startT = 0;
  const close = (end: number, endT: number) => {
    if (start >= 0 && endT - startT >= minMs)
      runs.push({
        at: startT,
        ms: endT - startT,
        part: {
          ...profile,
          samples: profile.samples.slice(start, end),
          timeDeltas: profile.timeDeltas.slice(start, end),
        },
      });
    start = -1;
  };
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i]! / 1000;
    if (idle.has(id)) close(i, t);
    else if (start < 0) {
      start = i;
      startT = t;
    }
  });
  close(profile.samples.length, t);
  return runs;
}
