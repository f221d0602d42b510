import type { Mentee, Mentor } from "../domain/registers";
import type { CleanData } from "./truth";
import type { Keyed } from "./types";

/** Finds the people of a story pair, so sheet modules plant defects by pair id, not row number. */
export function mentorOf(data: CleanData, pairId: string): Keyed<Mentor> {
  const pair = data.pairs.find((p) => p.pairId === pairId);
  const mentor = data.mentors.find((m) => m.mentorId === pair?.mentorId);
  if (!mentor) throw new Error(`No mentor for ${pairId}`);
  return mentor;
}

export function menteeOf(data: CleanData, pairId: string): Keyed<Mentee> {
  const pair = data.pairs.find((p) => p.pairId === pairId);
  const mentee = data.mentees.find((m) => m.menteeId === pair?.menteeId);
  if (!mentee) throw new Error(`No mentee for ${pairId}`);
  return mentee;
}

/** +254712555678 -> "0712 555 678", the way most officers type a number. */
export function localSpacedPhone(phone: string): string {
  const local = `0${phone.slice(4)}`;
  return `${local.slice(0, 4)} ${local.slice(4, 7)} ${local.slice(7)}`;
}

/** First letter upper case: "in progress" -> "In progress", as status cells are typed. */
export function capitalise(text: string): string {
  return text.replace(/^./, (c) => c.toUpperCase());
}
