// A business row read inside someone's reported words ("Acme said its sales were $5bn") is their claim, as the relations'
// rows are: attributed to the speaker, no plain fact, denied where the speaker denies the content.
import type { Candidate } from '../candidate.js';
import { frameOf, type SpeechFrame } from '../speech.js';

/** The candidate as read at token `at` of a sentence with these speech frames. */
export function asClaim(c: Candidate, frames: SpeechFrame[], at: number): Candidate {
  const f = frameOf(frames, at);
  if (!f) return c;
  c.fact = false;
  if (f.speaker) { c.speaker = f.speaker; c.cue = f.cue; }
  if (f.denied) c.polarity = 'denied';
  return c;
}
