// A non-profit body's own section, headed by its name, whose link the page follows in the third person
// (headed-body-follow.ts, read by other-org.ts): round 37's "Fundación Coolasur Rural … Seguí sus actividades en
// Instagram y Facebook". The brand's own foundation in the first person, and a unit headed by no body's kind, stay
// the brand's. Synthetic sections.
import { describe, expect, it } from 'vitest';
import { followsHeadedBody } from '../../../src/collect/site/headed-body-follow.js';
import { saysOtherOrg } from '../../../src/collect/site/other-org.js';

const section = (heading: string, context: string, snippet: string, placement = 'body') => ({ heading, context, snippet, placement });

describe('followsHeadedBody', () => {
  it('reads a foundation\'s, a trust\'s or an association\'s section followed in the third person', () => {
    expect(followsHeadedBody(section('Fundación Brisamar Rural', 'Seguí sus actividades en Instagram y Facebook.', 'Instagram'))).toBe(true);
    expect(followsHeadedBody(section('The Larkfield Grain Trust', 'The Trust lends seed to new growers. Follow their work on Instagram and Facebook.', 'Facebook'))).toBe(true);
    expect(followsHeadedBody(section('Association des Amis du Moulin', 'Elle restaure la roue chaque été. Suivez ses chantiers sur Instagram.', 'Instagram'))).toBe(true);
    expect(saysOtherOrg(section('Larkfield Young Bakers Association', 'Teenagers run their own bake-offs. Follow its bake-offs at @larkfieldyoungbakers.', '@larkfieldyoungbakers'))).toBe(true);
  });

  it('leaves the brand\'s own foundation in the first person, a heading naming no body, and the page\'s chrome', () => {
    expect(followsHeadedBody(section('Larkfield Foundation', 'We set it up in 2015. Follow our foundation on Instagram.', 'Instagram'))).toBe(false);
    expect(followsHeadedBody(section('Une histoire de famille', 'Depuis 2021, la Fondation Vérel forme des jeunes. Suivez ses promotions sur Instagram.', 'Instagram'))).toBe(false);
    expect(followsHeadedBody(section('Larkfield Bakery School', 'Saturday classes. Follow its bakes at @larkfield.school.', '@larkfield.school'))).toBe(false);
    expect(followsHeadedBody(section('Fundación Brisamar Rural', 'Seguí sus actividades en Instagram y Facebook.', 'Instagram', 'footer'))).toBe(false);
  });
});
