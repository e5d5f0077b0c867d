import { expect } from '@open-wc/testing';
import { issueMessage, parseFeed } from '@ogp-embed/sdk';

describe('the SDK in a browser', () => {
  it('rejects an empty body with an English message, and words in Spanish', () => {
    const result = parseFeed('');
    expect(result.ok).to.equal(false);
    expect(issueMessage(result.issues[0]!, 'es')).to.contain('vacío');
    expect(result.issues[0]?.message).to.contain('empty');
  });
});
