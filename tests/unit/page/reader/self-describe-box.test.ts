// @vitest-environment happy-dom
/**
 * The self-describe box under the Person Details form's gender question, worded in a way no
 * label of fields.ts matches: found by its place (the first free-text box after the gender
 * answers and before the next question) once "Prefer to self-describe" is chosen.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/page/reader';
import { runRules } from '@/lib/rules';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { htmlDocument } from '../helpers';

const GENDERS = ['Female', 'Male', 'Non-binary', 'Prefer not to say', 'Prefer to self-describe'];

function page(
  chosen: string,
  typed = '',
  caption = 'If you prefer to self-describe, please specify',
): Document {
  const radios = GENDERS.map(
    (g, i) =>
      `<div class="opt"><input type="radio" id="g${i}" name="gender"${g === chosen ? ' checked' : ''}><label for="g${i}">${g}</label></div>`,
  ).join('');
  return htmlDocument(`<head><title>Carers Conversation : Ann Lee (3301122)</title></head><body>
<ul class="tabstrip"><li>Privacy Notice</li><li>Carers Conversation</li><li class="current">Person Details form</li></ul>
<div class="pd-form">
  <div class="qrow"><div class="qtext">What best describes your gender?</div><div class="answers">${radios}</div></div>
  <div class="qrow follow-up">
    <div class="qtext small">${caption}</div>
    <div class="answers"><input type="text" value="${typed}"></div>
  </div>
  <div class="qrow"><div class="qtext">Do you identify as trans?</div>
    <div class="answers"><select><option></option><option>Yes</option><option selected>No</option></select></div></div>
</div></body>`);
}

const CTX = { settings: DEFAULT_SETTINGS, today: '2026-12-02', waitingReviews: [] };

describe('the self-describe box worded otherwise', () => {
  it('is found by its place when self-describe is chosen, and reported empty', () => {
    const s = readPage(page('Prefer to self-describe')).snapshot;
    expect(s.fields['pd.gender'].value).toBe('Prefer to self-describe');
    expect(s.fields['pd.gender.selfDescribe']).toMatchObject({ found: true, value: null });
    expect(s.notFound).not.toContain('pd.gender.selfDescribe');
    const ids = runRules(s, CTX).map((f) => `${f.ruleId}:${f.field}`);
    expect(ids).toContain('pd.self-describe-missing:pd.gender.selfDescribe');
    expect(ids).not.toContain('page.field-not-found:pd.gender.selfDescribe');
  });

  it('gives what is typed in it', () => {
    const s = readPage(page('Prefer to self-describe', 'Agender')).snapshot;
    expect(s.fields['pd.gender.selfDescribe']).toMatchObject({ found: true, value: 'Agender' });
  });

  it('is not a text box standing after a question of its own', () => {
    const s = readPage(page('Prefer to self-describe', 'x', 'What name do you prefer?')).snapshot;
    expect(s.fields['pd.gender.selfDescribe'].found).toBe(false);
  });

  it('is not looked for by place while another gender is chosen', () => {
    const s = readPage(page('Female')).snapshot;
    expect(s.fields['pd.gender.selfDescribe'].found).toBe(false);
    expect(s.notFound).not.toContain('pd.gender.selfDescribe');
  });
});
