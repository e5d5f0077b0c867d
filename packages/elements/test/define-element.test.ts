import { expect } from '@open-wc/testing';
import { secondCopy } from '../src/shared/define-element.js';

/** What a define file does. */
function defineElement(tag: string, element: CustomElementConstructor): void {
  if (customElements.get(tag)) secondCopy(tag, element);
  else customElements.define(tag, element);
}

describe('define files and secondCopy', () => {
  it('defines a tag; a second copy finding its tags defined does not throw and says so once per page', () => {
    const warnings: unknown[][] = [];
    const { warn } = console;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class First extends HTMLElement {}
      class SecondCopy extends HTMLElement {}
      class Other extends HTMLElement {}
      class OtherSecondCopy extends HTMLElement {}
      defineElement('ogp-test-define-a', First);
      defineElement('ogp-test-define-b', Other);
      expect(customElements.get('ogp-test-define-a')).to.equal(First);
      expect(warnings).to.deep.equal([]);
      // The same copy again (a module evaluated twice by a bundler): nothing to say.
      defineElement('ogp-test-define-a', First);
      expect(warnings).to.deep.equal([]);
      // Another copy's classes: the first copy's stay, and one warning for the page.
      defineElement('ogp-test-define-a', SecondCopy);
      defineElement('ogp-test-define-b', OtherSecondCopy);
      expect(customElements.get('ogp-test-define-a')).to.equal(First);
      expect(customElements.get('ogp-test-define-b')).to.equal(Other);
      expect(warnings.length).to.equal(1);
      expect(String(warnings[0]![0])).to.match(
        /^ogp-embed: another copy on this page defined <ogp-test-define-a> first/,
      );
    } finally {
      console.warn = warn;
    }
  });
});
