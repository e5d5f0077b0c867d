import { expect } from '@open-wc/testing';
import { parseFeed } from '@ogp-embed/sdk';

describe('the SDK in a browser', () => {
  it('rejects an empty body with a message in both languages', () => {
    const result = parseFeed('');
    expect(result.ok).to.equal(false);
    expect(result.issues[0]?.message.es).to.contain('vacío');
  });
});
