import type { StoriesPhase, StoriesProgressEvent } from '@shared/contract/schemas';

/** A stories job under way: the `stories:progress` event of state `running`. */
export type RunningStoriesJob = Extract<StoriesProgressEvent, { state: 'running' }>;

const JOB: Record<RunningStoriesJob['job'], string> = {
  regroup: 'Regrouping stories',
  place: 'Grouping new articles',
  import: 'Grouping the imported articles'
};

const PHASE: Record<StoriesPhase, string> = {
  vectors: 'reading the articles',
  neighbours: 'finding similar articles',
  clustering: 'joining them into stories',
  writing: 'saving the stories',
  placing: 'placing them in stories'
};

/** What the stories sidebar's progress line says about a running job. */
export interface StoriesProgressLine {
  /** The job and its phase, a sentence without the percentage ("Regrouping stories: finding similar articles"). */
  readonly text: string;
  /** How far the phase is, 0–100, or null when the phase has no count. */
  readonly percent: number | null;
  /** True when `stories:cancel` stops it (an import's grouping runs to its end). */
  readonly cancellable: boolean;
}

/**
 * The progress line of a running stories job: the job and its phase in words, and the phase's
 * percentage where it is counted (rounded down, so 100 % is never shown before the phase ends).
 *
 * @example describeStoriesProgress({ state: 'running', job: 'regroup', phase: 'neighbours', done: 512, total: 2048 })
 *   // { text: 'Regrouping stories: finding similar articles', percent: 25, cancellable: true }
 */
export function describeStoriesProgress(job: RunningStoriesJob): StoriesProgressLine {
  const counted = job.done !== null && job.total !== null && job.total > 0;
  return {
    text: `${JOB[job.job]}: ${PHASE[job.phase]}`,
    percent: counted ? Math.min(100, Math.floor((job.done! / job.total!) * 100)) : null,
    cancellable: job.job !== 'import'
  };
}
