// Another organisation's account said so by its own governing body ("una asociación civil sin fines de lucro con consejo
// directivo propio", round 36's foundation) or a place franchised to someone else ("tienda franquiciada … propiedad de
// la familia Sosa", round 37's) in the link's sentence or the one before a short one (other-org.ts). The brand's own
// foundation followed in the third person and its own franchise desk stay the brand's. Synthetic sentences.
import { describe, expect, it } from 'vitest';
import { saysOtherOrg } from '../../../src/collect/site/other-org.js';

const at = (context: string, snippet: string) => ({ snippet, context, placement: 'body' });

describe('saysOtherOrg: an organisation with its own board', () => {
  it('reads an own board or legal personality named with a kind of organisation', () => {
    expect(saysOtherOrg(at('Parte de lo que vendemos va a la Fundación Brisamar, una entidad sin ánimo de lucro con patronato propio que organiza talleres. Puedes seguir su labor en @fundacion.brisamar.', '@fundacion.brisamar'))).toBe(true);
    expect(saysOtherOrg(at('The Harbour Trust is a charity with its own board of trustees; follow it on Instagram.', 'Instagram'))).toBe(true);
    expect(saysOtherOrg(at('Die Stiftung Lindenhof ist eine gemeinnützige Stiftung mit eigenem Vorstand. Folgen Sie ihr auf Instagram.', 'Instagram'))).toBe(true);
  });

  it('leaves the brand\'s own foundation followed in the third person, and an own board without a kind of organisation', () => {
    expect(saysOtherOrg(at('Créée en 2021, notre fondation finance le nettoyage des plages. Suivez ses actions sur Facebook.', 'Facebook'))).toBe(false);
    expect(saysOtherOrg(at('Nuestro obrador tiene su propio horno de leña. Sigue sus novedades en @obrador.brisamar.', '@obrador.brisamar'))).toBe(false);
  });
});

describe('saysOtherOrg: a franchised place owned by someone else', () => {
  it('reads a franchise said to be owned or run by another', () => {
    expect(saysOtherOrg(at('En Rota nuestros helados se venden en una heladería franquiciada, propiedad de la familia Montes, que lleva su propia caja (@brisamar.rota).', '@brisamar.rota'))).toBe(true);
    expect(saysOtherOrg(at('Our Leeds counter is a franchised shop owned by Dales Treats Ltd: follow @brisamar.leeds for its hours.', '@brisamar.leeds'))).toBe(true);
  });

  it('leaves the brand\'s franchise desk and its own shop', () => {
    expect(saysOtherOrg(at('¿Quieres abrir una franquicia Brisamar en tu ciudad? Escríbenos en @brisamarfranquicias.', '@brisamarfranquicias'))).toBe(false);
    expect(saysOtherOrg(at('Nuestra heladería de la calle Ancha, propiedad de la familia desde 1962: @brisamar.cadiz.', '@brisamar.cadiz'))).toBe(false);
  });
});
