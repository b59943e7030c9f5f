import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { frenchTypography, frenchTypographyHtml } from '../../src/site/typography.js';

const N = '\u202F';

describe('typography', () => {
  it('puts a narrow no-break space before : ; ! ? and inside « »', () => {
    assert.equal(frenchTypography('Au programme : « un discours » ; et vous ? Oui !'), `Au programme${N}: «${N}un discours${N}» ; et vous${N}? Oui${N}!`.replace(' ;', `${N};`));
  });

  it('makes apostrophes typographic, and leaves times, URLs and the words alone', () => {
    assert.equal(frenchTypography("l'Iran d’abord, à 10:30, https://exemple.fr"), 'l’Iran d’abord, à 10:30, https://exemple.fr');
    const source = "Le ministre a dit : « c'est l'heure ».";
    const strip = (s: string) => s.replace(/[\u202F\s]/g, '').replace(/[’']/g, "'");
    assert.equal(strip(frenchTypography(source)), strip(source));
  });

  it('changes only the text of HTML, never tags, attributes or entities', () => {
    assert.equal(
      frenchTypographyHtml('<a href="http://x.fr/a:b">l&#39;accord</a> &amp; : <em>oui</em>'),
      `<a href="http://x.fr/a:b">l’accord</a> &amp;${N}: <em>oui</em>`,
    );
  });
});
