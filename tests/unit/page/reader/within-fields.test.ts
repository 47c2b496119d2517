// @vitest-environment happy-dom
/**
 * Fields within another question (a "Details" box under a Yes/No) take a box only from their own
 * parent's place: between the parent question and the next question, where a question that is
 * not recognised (its text removed or renamed) still counts, by its own answers on the page.
 * Never another question's box; when the parent is not found, neither are they.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPage, readStructure } from '@/lib/page/reader';
import { DEMO_PAGES, settleSelects } from '../../../demo/pages';
import { htmlDocument } from '../helpers';

const SITE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'demo', 'site');

function load(file: string): Document {
  const doc = htmlDocument(readFileSync(join(SITE_DIR, file), 'utf8'), `http://127.0.0.1/${file}`);
  settleSelects(doc);
  return doc;
}

function structureOf(doc: Document, id: string) {
  const f = readStructure(doc).fields.find((s) => s.id === id);
  if (!f?.question) throw new Error(`${id} has no question`);
  return { question: f.question, controls: f.controls };
}

/** Types a value into each of the two Details boxes, so that a value shows which box it came from. */
function typeDetails(doc: Document): void {
  for (const id of ['communicationSupport.details', 'receivingPayment.details']) {
    const [box] = structureOf(doc, id).controls as HTMLTextAreaElement[];
    box.value = `typed in ${id}`;
  }
}

const STEPS = DEMO_PAGES.filter(
  (p) => p.kind === 'carers-conversation' || p.kind === 'carers-review',
).map((p) => p.file);

describe('fields within another question', () => {
  it.each(STEPS)('%s: each Details box is read for its own question', (file) => {
    const doc = load(file);
    typeDetails(doc);
    const s = readPage(doc).snapshot;
    expect(s.fields['communicationSupport.details']).toMatchObject({
      found: true,
      value: 'typed in communicationSupport.details',
    });
    expect(s.fields['receivingPayment.details']).toMatchObject({
      found: true,
      value: 'typed in receivingPayment.details',
    });
  });

  it.each(STEPS)(
    "%s: without its own \"Details\" label and the payment question's text, communication support's Details is not the payment's box",
    (file) => {
      const doc = load(file);
      typeDetails(doc);
      // the mutation fast-check found with seed 777 on conversation-blank.html
      structureOf(doc, 'communicationSupport.details').question.remove();
      structureOf(doc, 'receivingPayment').question.remove();
      const s = readPage(doc).snapshot;
      // its own box, unlabelled, directly after its question's answers
      expect(s.fields['communicationSupport.details']).toMatchObject({
        found: true,
        value: 'typed in communicationSupport.details',
      });
      expect(s.fields.receivingPayment.found).toBe(false);
      expect(s.fields['receivingPayment.details']).toMatchObject({ found: false, value: null });
      expect(s.notFound).toContain('receivingPayment');
    },
  );

  it.each(STEPS)(
    "%s: the payment question's text removed: its Details is not found and not taken by communication support's",
    (file) => {
      const doc = load(file);
      typeDetails(doc);
      const { question } = structureOf(doc, 'receivingPayment');
      question.remove();
      const s = readPage(doc).snapshot;
      expect(s.fields['communicationSupport.details']).toMatchObject({
        found: true,
        value: 'typed in communicationSupport.details',
      });
      expect(s.fields['receivingPayment.details']).toMatchObject({ found: false, value: null });
    },
  );

  it.each(STEPS)(
    '%s: the payment question renamed to text the reader does not know: still a question, its Details is its own',
    (file) => {
      const doc = load(file);
      typeDetails(doc);
      structureOf(doc, 'communicationSupport.details').question.remove();
      structureOf(doc, 'receivingPayment').question.textContent = 'Is anything else the matter?';
      const s = readPage(doc).snapshot;
      expect(s.fields['communicationSupport.details']).toMatchObject({
        found: true,
        value: 'typed in communicationSupport.details',
      });
      expect(s.fields['receivingPayment.details']).toMatchObject({ found: false, value: null });
    },
  );

  it.each(STEPS)(
    "%s: the whole payment question removed and communication support's own label gone: the unlabelled box after its answers is its own",
    (file) => {
      const doc = load(file);
      typeDetails(doc);
      structureOf(doc, 'communicationSupport.details').question.remove();
      const payment = structureOf(doc, 'receivingPayment');
      payment.question.remove();
      for (const c of payment.controls) c.remove();
      const s = readPage(doc).snapshot;
      expect(s.fields['communicationSupport.details']).toMatchObject({
        found: true,
        value: 'typed in communicationSupport.details',
      });
      expect(s.fields['receivingPayment.details']).toMatchObject({ found: false, value: null });
    },
  );

  it.each(STEPS)(
    "%s: communication support's question removed: its Details is not found either",
    (file) => {
      const doc = load(file);
      typeDetails(doc);
      const comm = structureOf(doc, 'communicationSupport');
      comm.question.remove();
      for (const c of comm.controls) c.remove();
      const s = readPage(doc).snapshot;
      expect(s.fields.communicationSupport.found).toBe(false);
      expect(s.fields['communicationSupport.details']).toMatchObject({ found: false, value: null });
      expect(s.fields['receivingPayment.details']).toMatchObject({
        found: true,
        value: 'typed in receivingPayment.details',
      });
    },
  );
});
