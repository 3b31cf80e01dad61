import type { Actor } from '../../auth/actor.js';
import { isRegulatorStaff } from '../../auth/actor.js';
import type { Database } from '../../db/database.js';
import { DomainError, forbidden } from '../../errors.js';
import { datasetOf } from '../../submissions/datasets.js';
import { type EventTimeliness, eventTimeliness } from './event-timeliness.js';
import {
  type DeliveryFigures,
  deliveryFigures,
  type FollowUpFigures,
  followUpFigures,
  type PublishedFigure,
  publishedFigures,
  type ReturnNote,
  returnNotes,
} from './figures.js';
import { type Timeliness, timeliness } from './timeliness.js';

export interface ReturnCategory {
  /** A field key, or `general` (the reason as a whole) or `row` (a row, no field). */
  category: string;
  /** The dataset whose field it is (field categories only). */
  dataset: string | null;
  label: { zh: string; en: string };
  count: number;
}

export interface AnnualReport extends FollowUpFigures {
  year: number;
  regulatorName: string;
  published: PublishedFigure[];
  timeliness: Timeliness;
  /** Event-driven obligations (a transaction's stage, a service change): filed events due in the year. */
  eventTimeliness: EventTimeliness;
  returns: { total: number; byDataset: { dataset: string; count: number }[]; reasons: ReturnCategory[] };
  deliveries: DeliveryFigures;
}

/**
 * The figures of the annual report on disclosure work (政府信息公开工作年度报告) for the caller's
 * commission: its jurisdiction only, the calendar year in China time.
 */
export async function annualReport(db: Database, actor: Actor | null, year: number): Promise<AnnualReport> {
  if (!actor || !isRegulatorStaff(actor) || !actor.regulatorId) throw forbidden();
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new DomainError(
      'BAD_USER_INPUT',
      { zh: `年度无效：${year}`, en: `Invalid year ${year}` },
      { argument: 'year' },
    );
  const id = actor.regulatorId;
  const [regulator, published, tally, events, notes, followUps, deliveries] = await Promise.all([
    db.prisma.regulator.findUniqueOrThrow({ where: { id } }),
    publishedFigures(db.sql, id, year),
    timeliness(db.sql, id, year),
    eventTimeliness(db.sql, id, year),
    returnNotes(db.sql, id, year),
    followUpFigures(db.sql, id, year),
    deliveryFigures(db.sql, id, year),
  ]);
  return {
    year,
    regulatorName: regulator.name,
    published,
    timeliness: tally,
    eventTimeliness: events,
    returns: summariseReturns(notes),
    ...followUps,
    deliveries,
  };
}

function summariseReturns(notes: ReturnNote[]): AnnualReport['returns'] {
  const returns = new Map<string, string>();
  const reasons = new Map<string, ReturnCategory>();
  for (const note of notes) {
    returns.set(`${note.submissionId}|${note.at}`, note.dataset);
    const category = categoryOf(note);
    const key = `${category.dataset}|${category.category}`;
    const entry = reasons.get(key) ?? { ...category, count: 0 };
    entry.count++;
    reasons.set(key, entry);
  }
  const byDataset = new Map<string, number>();
  for (const dataset of returns.values()) byDataset.set(dataset, (byDataset.get(dataset) ?? 0) + 1);
  return {
    total: returns.size,
    byDataset: [...byDataset]
      .map(([dataset, count]) => ({ dataset, count }))
      .sort((a, b) => a.dataset.localeCompare(b.dataset)),
    reasons: [...reasons.values()].sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
  };
}

/** A note's category: the field it names (its label comes from the dataset's definition). */
function categoryOf(note: ReturnNote): Omit<ReturnCategory, 'count'> {
  if (note.field) {
    const field = datasetOf(note.dataset).fields.find((f) => f.key === note.field);
    return {
      category: note.field,
      dataset: note.dataset,
      label: field?.label ?? { zh: note.field, en: note.field },
    };
  }
  if (note.rowNumber !== null)
    return { category: 'row', dataset: null, label: { zh: '指定行', en: 'A row' } };
  return { category: 'general', dataset: null, label: { zh: '总体意见', en: 'General' } };
}
