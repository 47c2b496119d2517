// @vitest-environment happy-dom
/**
 * The logged-in worker is taken only where the page says plainly who is logged in: "Logged in as
 * …" / "Signed in as …" / "Welcome, …", or a name standing right beside "Log out" with nothing but
 * a separator between. A team, a date, initials on a menu button or a name in a closed menu are
 * not a name: the worker is unknown (null) and the checks that need it stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/page/reader';
import { htmlDocument } from '../helpers';

const STEP = `<h1>Carers Conversation : Ann Lee (3301122)</h1>
<div><a href="#p">Privacy Notice</a> <a href="#c">Carers Conversation</a> <a href="#d">Person Details form</a></div>
<h2>1. Information needed at point of referral/booking appointment</h2>`;

function workerOf(header: string): string | null {
  return readPage(htmlDocument(`<body><header>${header}</header>${STEP}</body>`)).snapshot.worker;
}

describe('the logged-in worker', () => {
  it('is not the team and the date written between the name and Log out', () => {
    expect(
      workerOf(
        '<div class="who"><span class="nm">Sam Okafor</span> (Camden Carers Service) | 02/12/2026 | <a href="/out">Log out</a></div>',
      ),
    ).toBeNull();
  });

  it('is not a team standing beside Log out, nor a name beside a team or a role', () => {
    expect(
      workerOf(
        '<span>Sam Okafor</span> · <span>Camden Carers Service</span> · <a href="/out">Log out</a>',
      ),
    ).toBeNull();
    expect(workerOf('<span>Camden Carers Service</span> | <a href="/out">Log out</a>')).toBeNull();
    expect(
      workerOf('<div>Social Worker</div><div>Sam Okafor</div><a href="/out">Log out</a>'),
    ).toBeNull();
    // other links before the name say nothing against it
    expect(
      workerOf('<a href="/help">Help</a> | <span>Sam Okafor</span> | <a href="/out">Log out</a>'),
    ).toBe('Sam Okafor');
  });

  it('is not a bracketed team standing beside Log out', () => {
    expect(
      workerOf(
        '<span>Sam Okafor</span><span>(Camden Carers Service)</span> <a href="/out">Log out</a>',
      ),
    ).toBeNull();
  });

  it('is not the initials on a menu button', () => {
    expect(
      workerOf('<button type="button" aria-haspopup="menu">SO</button> <a href="/out">Log out</a>'),
    ).toBeNull();
  });

  it('is not a name inside a closed menu', () => {
    expect(
      workerOf(`<button type="button" aria-expanded="false" aria-haspopup="menu">SO</button>
        <ul role="menu" hidden><li>Sam Okafor</li><li><a href="/out">Log out</a></li></ul>`),
    ).toBeNull();
  });

  it('is a name a closed menu says plainly is logged in', () => {
    expect(
      workerOf(`<button type="button" aria-expanded="false">SO</button>
        <ul role="menu" hidden><li>Signed in as Sam Okafor</li><li><a href="/out">Sign out</a></li></ul>`),
    ).toBe('Sam Okafor');
  });

  it('is the name right beside Log out, with only a separator between', () => {
    expect(workerOf('<span>Sam Okafor</span> | <a href="/out">Log out</a>')).toBe('Sam Okafor');
    expect(workerOf('<p>Sam Okafor · <a href="/out">Log out</a></p>')).toBe('Sam Okafor');
    expect(workerOf('<span>Welcome, Sam Okafor</span><button>Log out</button>')).toBe('Sam Okafor');
  });

  it('is what "Logged in:" or "(logged in)" says, when it names a name', () => {
    expect(workerOf('<span>Logged in: Sam Okafor</span> <a href="/out">Log out</a>')).toBe(
      'Sam Okafor',
    );
    expect(workerOf('<span>Logged in user: Sam Okafor</span>')).toBe('Sam Okafor');
    expect(workerOf('<span>Sam Okafor (logged in)</span>')).toBe('Sam Okafor');
    // the time of logging in is not a name
    expect(workerOf('<span>Logged in: 09:14</span> <a href="/out">Log out</a>')).toBeNull();
  });

  it('is what "Logged in as" says, whatever comes after it', () => {
    expect(workerOf('<span>Logged in as Sam Okafor (Camden Carers Service)</span>')).toBe(
      'Sam Okafor (Camden Carers Service)',
    );
  });
});
