// Requests to a help desk written as statements, without a mark (question-care-requests.ts: a question, whatever the
// question model says), in posts written for these tests beside near misses that ask nothing.
import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../src/text/index.js';
import { postText } from '../../src/text/post-text.js';
import { asksHelpDesk } from '../../src/text/question-care-requests.js';
import { asksFriendsOnly } from '../../src/text/question-model.js';

const folded = (text: string): string => postText(text, 'en').folded;

describe('a request to a help desk without a mark', () => {
  it.each([
    // an action needed on the poster's order or account
    '@PellburyParcels need someone to check my order 88120, tracking stuck since Monday',
    '@OstrovaBank card blocked after a trip abroad. Need this looked at today',
    '@KindlewoodMobile new phone and the eSIM won’t transfer, need it resetting',
    '@HarrowdaleHome you charged me twice for the same sofa. I want it refunded.',
    // help or an update hoped for
    '@BrindleEnergy think the meter reading was typed wrong, would appreciate a quick check',
    '@SeavaleFerries sailing cancelled and no hotel offered. Some compensation would be nice.',
    // a way to reach someone, a curiosity
    '@QuillonInsure looking for a number to call about my renewal',
    '@AlderbyHotels let me know the best way to reach your events team',
    '@SeavaleFerries not a complaint, just curious why the 9:15 was moved',
    // a case chased
    '@PellburyParcels any news on this',
    '@OstrovaBank chasing this again, case OB-55120, 12 days now',
    '@BrindleEnergy still waiting to hear back about the direct debit refund',
    '@KindlewoodMobile Following up on the above',
  ])('%j', (text) => {
    expect(asksHelpDesk(folded(text))).toBe(true);
    expect(isQuestion(text, 'en')).toBe(true);
  });

  it.each([
    '@PellburyParcels no need to check it, the parcel came this morning 👍',
    '@OstrovaBank DM sent',
    '@KindlewoodMobile thanks, sorted',
    '@BrindleEnergy refund landed today, cheers for chasing it',
    '@AlderbyHotels you might want to look at the booking page, the dates are wrong',
    '@SeavaleFerries compensation came through, thank you',
    '@QuillonInsure found the number on my renewal letter, all good',
    '@OstrovaBank still waiting on the refund, submitted it 3 weeks ago',
  ])('%j asks nothing', (text) => {
    expect(asksHelpDesk(folded(text))).toBe(false);
  });

  it('reads a shop desk’s handle as the brand’s, not a friend’s', () => {
    expect(asksFriendsOnly('@Marlowe_Retail ordered a size M, got XL. pls sort')).toBe(false);
    expect(isQuestion('@Harlow_Retail ordered a size M, got XL. order HR-20931. pls sort', 'en')).toBe(true);
  });
});
