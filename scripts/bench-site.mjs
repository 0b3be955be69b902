// The benchmark's synthetic brand site, as fixture files: a home page, category pages, help, contact, FAQ and legal
// pages, and unique product pages (~12 KB each) with prices, references, dimensions, dates and customer reviews.
// Every product page has its own text (a seeded generator, so runs and machines get the same site): a bench on
// pages that repeat the same boilerplate would mostly measure the caches.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const HOST = 'www.bench-brand.test';

/** mulberry32: a small seeded generator; the site is the same on every run and every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = ['Canapé', 'Fauteuil', 'Table basse', 'Lampe', 'Buffet', 'Étagère', 'Plaid', 'Coussin', 'Tapis', 'Miroir', 'Commode', 'Chaise', 'Banc', 'Console', 'Suspension', 'Vase'];
const ADJECTIVES = ['scandinave', 'vintage', 'industriel', 'bohème', 'contemporain', 'rustique', 'minimaliste', 'art déco', 'campagne', 'graphique'];
const MATERIALS = ['en chêne massif', 'en noyer', 'en rotin', 'en lin lavé', 'en velours côtelé', 'en métal noir', 'en laine bouclette', 'en terre cuite', 'en marbre', 'en acacia'];
const COLOURS = ['sable', 'terracotta', 'vert sauge', 'bleu nuit', 'ivoire', 'anthracite', 'moutarde', 'rose poudré', 'naturel', 'chocolat'];
const ROOMS = ['salon', 'chambre', 'salle à manger', 'bureau', 'entrée', 'terrasse'];
const CATEGORIES = ['salon', 'chambre', 'cuisine', 'bureau', 'exterieur', 'decoration', 'luminaires', 'textiles'];
const FIRST_NAMES = ['Camille', 'Julien', 'Sophie', 'Nicolas', 'Léa', 'Thomas', 'Manon', 'Hugo', 'Chloé', 'Antoine', 'Inès', 'Lucas', 'Emma', 'Mathis', 'Sarah', 'Paul'];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
// Sentence templates with several slots each (and a number in most), so that a product's text is its own: real
// catalogues describe each product differently, and a bench whose sentences repeat would measure the caches.
const PHRASES = [
  'Sa silhouette {adj} trouve naturellement sa place dans un {room} de {n} m², près d’une fenêtre ou d’un mur {colour}.',
  'Chaque pièce est façonnée à la main en {n} heures dans notre atelier de {city}, ce qui rend chaque {noun} unique.',
  'Le piètement {mat} assure une excellente stabilité jusqu’à {n} kg, même sur un sol {floor}.',
  'La teinte {colour} se marie aussi bien avec un {noun2} {colour2} qu’avec une palette {adj2}.',
  'Nous avons sélectionné des matériaux issus de forêts gérées durablement dans les {region} et des finitions sans solvant.',
  'Son entretien est simple : un chiffon doux et {n} gouttes de savon {soap} suffisent au quotidien.',
  'Les assemblages à tenon et mortaise, testés sur {n} 000 cycles, garantissent au {noun} une grande longévité.',
  'Pensé pour les petits espaces, il se glisse contre un mur de {n} cm ou sous une fenêtre de {room}.',
  'Les coutures {stitch} et les finitions surpiquées {colour} soulignent le travail de {first}, notre artisan.',
  'Associez-le à notre {noun2} {adj} {mat} pour un {room} harmonieux aux tons {colour2}.',
  'La densité de l’assise, {n} kg/m³, a été choisie après {n2} prototypes testés par nos clients de {city}.',
  'Livré monté en {n2} jours, il ne demande aucun outillage : il suffit de le déballer dans votre {room}.',
  'Le vernis {finish} protège la surface {mat} des taches et des rayures, même après {n} lavages.',
  'Inspiré des ateliers des années {decade}, le {noun} revisite un classique {adj} avec des lignes plus épurées.',
];
const REVIEW_TEXTS = [
  'Très belle qualité, conforme à la photo. Le montage a pris {n} minutes à peine dans notre {room}.',
  'La couleur {colour} est encore plus belle en vrai, surtout à côté de notre {noun2} {colour2}. Je recommande !',
  'Livraison un peu longue ({n2} jours jusqu’à {city}) mais le {noun} vaut vraiment l’attente.',
  'Petit défaut sur un pied, le service client m’a répondu le lendemain et a envoyé une pièce {mat} en {n2} jours.',
  'Parfait dans notre {room} de {n} m². Les dimensions sont exactement celles annoncées.',
  'Bon rapport qualité/prix pour {n} €, même si la teinte {colour} est un peu plus claire que prévu.',
  'Deuxième achat chez vous après notre {noun2} et toujours aussi satisfaite, {first} de {city}.',
  'Confortable et solide. Nous l’utilisons tous les jours depuis {n2} mois avec nos {n2} enfants, sans souci.',
  'Le colis est arrivé abîmé à {city}, échange effectué en {n2} jours après un appel au {phone}.',
  'Très joli mais un peu bas pour nous ({n} cm de hauteur d’assise). À vérifier avant de commander un {noun}.',
];
const CITIES = ['Lyon', 'Nantes', 'Lille', 'Bordeaux', 'Rennes', 'Dijon', 'Annecy', 'Tours', 'Metz', 'Nîmes', 'Brest', 'Pau', 'Angers', 'Reims'];
const REGIONS = ['Vosges', 'Landes', 'Alpes', 'Ardennes', 'Cévennes', 'Pyrénées', 'Jura', 'Morvan'];
const FLOORS = ['irrégulier', 'en parquet ancien', 'carrelé', 'en béton ciré', 'en tomettes', 'en jonc de mer'];
const SOAPS = ['noir', 'de Marseille', 'au lin', 'végétal'];
const STITCHES = ['apparentes', 'sellier', 'doubles', 'ton sur ton'];
const FINISHES = ['mat', 'satiné', 'à l’huile dure', 'à la cire d’abeille'];

/** Writes a site of `count` pages to `dir` (fixture-server layout: `<slug>/<host>/…`). */
export function generateSite(dir, count) {
  const hostDir = path.join(dir, 'bench-brand', HOST);
  mkdirSync(path.join(hostDir, 'p'), { recursive: true });
  mkdirSync(path.join(hostDir, 'c'), { recursive: true });
  const support = ['aide', 'contact', 'faq', 'livraison', 'retours', 'cgv', 'mentions-legales', 'confidentialite', 'communaute'];
  const productCount = Math.max(1, count - 1 - support.length - CATEGORIES.length);
  const product = (i) => `/p/${i}-${slug(productName(i))}.html`;
  const nav = `<header class="site-header"><a class="logo" href="/"><img src="/logo.svg" alt="Bench Brand"></a>
    <nav aria-label="Principal"><ul>${CATEGORIES.map((c) => `<li><a href="/c/${c}.html">${cap(c)}</a></li>`).join('')}</ul></nav>
    <nav aria-label="Service"><a href="/aide.html">Aide</a> <a href="/contact.html">Contact</a> <a href="/faq.html">FAQ</a> <a href="/livraison.html">Livraison</a></nav>
    <form role="search" action="/recherche"><label>Rechercher <input type="search" name="q" placeholder="Un produit, une référence…"></label><button>OK</button></form></header>`;
  const footer = `<footer class="site-footer">
    <div class="follow">Suivez-nous <a href="https://www.facebook.com/benchbrand">Facebook</a> <a href="https://x.com/benchbrand">X</a>
    <a href="https://www.instagram.com/benchbrand/">Instagram</a> <a href="https://www.youtube.com/@benchbrand">YouTube</a> <a href="https://www.pinterest.fr/benchbrand/">Pinterest</a></div>
    <div class="newsletter"><form action="/newsletter"><label>Recevez nos nouveautés <input type="email" name="email"></label><button>S'inscrire</button></form></div>
    <ul class="reassurance"><li>Livraison offerte dès 80 € d'achat</li><li>Retours gratuits sous 30 jours</li><li>Paiement en 3 fois sans frais dès 150 €</li></ul>
    <p>Bench Brand SAS au capital de 250 000 € – 12 rue des Artisans, 69002 Lyon – RCS Lyon 812 345 678</p>
    <p><a href="/cgv.html">CGV</a> <a href="/mentions-legales.html">Mentions légales</a> <a href="/confidentialite.html">Confidentialité</a>
    <a href="/communaute.html">Communauté</a> <a href="/contact.html">Nous contacter</a></p><p>© 2025 Bench Brand</p></footer>`;
  const page = (title, main, seed) => `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} | Bench Brand</title>
<meta name="description" content="${title} – Bench Brand, mobilier et décoration">
<meta property="og:title" content="${title}"><meta property="og:type" content="website">
<link rel="preconnect" href="https://cdn.bench-brand.test"><link rel="stylesheet" href="/assets/site.${seed % 7}.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-BENCH12345"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-BENCH12345',{page_id:${seed}});</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Bench Brand","url":"https://${HOST}/","sameAs":["https://www.linkedin.com/company/bench-brand","https://www.facebook.com/benchbrand"]}</script>
<style>body{font-family:system-ui,sans-serif;margin:0}.grid{display:grid;grid-template-columns:repeat(4,1fr)}.price{font-weight:700}</style></head>
<body>${nav}<main>${main}</main>${footer}</body></html>`;

  // Each product links to the next one (so every page is reachable) and to 11 others of its category and beyond.
  const related = (i) => [((i + 1) % productCount), ...Array.from({ length: 11 }, (_, k) => (i * 7 + k * 13 + 5) % productCount)];
  const card = (j) => {
    const r = random(j + 1);
    return `<li class="card"><a href="${product(j)}"><img src="/img/${j}.jpg" alt="${productName(j)}" loading="lazy">${productName(j)}</a>
      <span class="price">${price(r)} €</span></li>`;
  };

  writeFileSync(
    path.join(hostDir, 'index.html'),
    page(
      'Mobilier et décoration',
      `<h1>Bench Brand, mobilier et décoration</h1><p>Des meubles fabriqués en Europe, livrés chez vous.</p>
      <ul class="grid">${Array.from({ length: 24 }, (_, k) => card((k * 11) % productCount)).join('')}</ul>`,
      0,
    ),
  );
  CATEGORIES.forEach((c, ci) => {
    const items = Array.from({ length: 30 }, (_, k) => card((ci * 37 + k * 3) % productCount)).join('');
    writeFileSync(path.join(hostDir, 'c', `${c}.html`), page(cap(c), `<h1>${cap(c)}</h1><p>${30} produits</p><ul class="grid">${items}</ul>`, ci + 1));
  });
  for (const [name, html] of Object.entries(supportPages())) writeFileSync(path.join(hostDir, `${name}.html`), page(html.title, html.main, name.length));

  for (let i = 0; i < productCount; i++) {
    const r = random(i + 1);
    const name = productName(i);
    const ref = `BB-${String(100000 + i * 37).padStart(6, '0')}`;
    const ean = `376${String(1000000000 + i * 7919).slice(0, 10)}`;
    const p = price(r);
    const old = (Number(p.replace(/\s/g, '').replace(',', '.')) * 1.25).toFixed(2).replace('.', ',');
    const slots = {
      adj: ADJECTIVES, adj2: ADJECTIVES, room: ROOMS, mat: MATERIALS, colour: COLOURS, colour2: COLOURS, noun: NOUNS, noun2: NOUNS,
      city: CITIES, region: REGIONS, floor: FLOORS, soap: SOAPS, stitch: STITCHES, finish: FINISHES, first: FIRST_NAMES,
    };
    const fill = (t) =>
      t.replace(/\{(\w+)\}/g, (_, slot) => {
        if (slot === 'n') return String(2 + Math.floor(r() * 400));
        if (slot === 'n2') return String(2 + Math.floor(r() * 12));
        if (slot === 'decade') return String(1950 + 10 * Math.floor(r() * 4));
        if (slot === 'phone') return '04 72 00 00 00';
        const word = pick(r, slots[slot]);
        return slot === 'noun' || slot === 'noun2' ? word.toLowerCase() : word;
      });
    const description = Array.from({ length: 5 }, () => `<p>${Array.from({ length: 4 }, () => fill(pick(r, PHRASES))).join(' ')}</p>`).join('');
    const reviews = Array.from({ length: 5 + Math.floor(r() * 4) }, () => {
      const d = `${1 + Math.floor(r() * 28)} ${pick(r, MONTHS)} ${2023 + Math.floor(r() * 3)}`;
      return `<li class="review"><strong>${pick(r, FIRST_NAMES)} ${String.fromCharCode(65 + Math.floor(r() * 26))}.</strong>
        <span class="stars">${1 + Math.floor(r() * 5)}/5</span> <time>${d}</time><p>${fill(pick(r, REVIEW_TEXTS))} ${fill(pick(r, REVIEW_TEXTS))}</p></li>`;
    }).join('');
    const dims = `L ${60 + Math.floor(r() * 180)} x P ${35 + Math.floor(r() * 60)} x H ${40 + Math.floor(r() * 80)} cm`;
    const main = `<nav class="breadcrumb"><a href="/">Accueil</a> › <a href="/c/${CATEGORIES[i % CATEGORIES.length]}.html">${cap(CATEGORIES[i % CATEGORIES.length])}</a> › ${name}</nav>
      <article class="product" itemscope itemtype="https://schema.org/Product">
      <h1 itemprop="name">${name}</h1>
      <p class="price"><span itemprop="price">${p}</span> € <del>${old} €</del> <span class="badge">-20 %</span></p>
      <p>Réf. ${ref} – EAN ${ean} – ${1 + Math.floor(r() * 9)} coloris disponibles</p>
      <p class="stock">En stock : ${2 + Math.floor(r() * 60)} pièces. Expédié sous ${1 + Math.floor(r() * 5)} jours ouvrés, livré entre le ${1 + Math.floor(r() * 27)} et le ${2 + Math.floor(r() * 27)} ${pick(r, MONTHS)}.</p>
      <button>Ajouter au panier</button> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2F${HOST}${encodeURIComponent(product(i))}">Partager</a>
      <section><h2>Description</h2>${description}</section>
      <section><h2>Caractéristiques</h2><table><tr><th>Dimensions</th><td>${dims}</td></tr><tr><th>Poids</th><td>${(5 + r() * 60).toFixed(1).replace('.', ',')} kg</td></tr>
      <tr><th>Matière</th><td>${pick(r, MATERIALS)}</td></tr><tr><th>Coloris</th><td>${pick(r, COLOURS)}</td></tr><tr><th>Garantie</th><td>${2 + Math.floor(r() * 4)} ans</td></tr>
      <tr><th>Charge maximale</th><td>${80 + Math.floor(r() * 200)} kg</td></tr></table></section>
      <section class="reviews"><h2>Avis clients (${(3 + r() * 2).toFixed(1).replace('.', ',')}/5)</h2><ul>${reviews}</ul></section>
      <section><h2>Vous aimerez aussi</h2><ul class="grid">${related(i).map(card).join('')}</ul></section></article>`;
    writeFileSync(path.join(hostDir, 'p', `${i}-${slug(name)}.html`), page(name, main, i));
  }

  function productName(i) {
    const r = random(i * 31 + 7);
    return `${pick(r, NOUNS)} ${pick(r, ADJECTIVES)} ${pick(r, MATERIALS)} ${pick(r, COLOURS)} n° ${i + 1}`;
  }
}

/** Help, contact, FAQ, delivery, returns and legal pages, with the commitments and dates the rules look for. */
function supportPages() {
  const faq = [
    ['Quels sont les délais de livraison ?', 'Les articles en stock sont expédiés sous 48 h et livrés en 3 à 5 jours ouvrés en France métropolitaine.'],
    ['Comment suivre ma commande ?', 'Un e-mail avec le numéro de suivi vous est envoyé dès l’expédition ; votre espace client indique aussi son état.'],
    ['Puis-je retourner un article ?', 'Oui, vous disposez de 30 jours après réception pour nous retourner un article dans son emballage d’origine.'],
    ['Comment contacter le service client ?', 'Par le formulaire de contact, par e-mail ou par téléphone au 04 72 00 00 00 du lundi au vendredi de 9 h à 18 h.'],
    ['Quand serai-je remboursé ?', 'Le remboursement intervient sous 14 jours après réception et contrôle de l’article retourné.'],
  ];
  const articles = (n, extra = '') =>
    Array.from(
      { length: n },
      (_, k) =>
        `<h2>Article ${k + 1}</h2><p>Les présentes conditions s’appliquent à toute commande passée sur le site à compter du 1er janvier 2025. ` +
        `Conformément à l’article L.221-18 du Code de la consommation, le client dispose d’un délai de 14 jours pour exercer son droit de rétractation. ` +
        `Les prix sont indiqués en euros toutes taxes comprises, hors frais de livraison de 6,90 € pour les commandes inférieures à 80 €.${extra}</p>`,
    ).join('');
  return {
    aide: {
      title: 'Aide',
      main: `<h1>Centre d'aide</h1><p>Nous vous répondons sous 24 h ouvrées, du lundi au vendredi.</p>
        <ul><li><a href="/faq.html">Questions fréquentes</a></li><li><a href="/livraison.html">Livraison</a></li><li><a href="/retours.html">Retours et remboursements</a></li><li><a href="/contact.html">Nous contacter</a></li></ul>
        <p>Vous pouvez aussi nous écrire sur <a href="https://www.facebook.com/benchbrand">Facebook</a> ou <a href="https://x.com/benchbrand">X</a> : notre équipe répond en moins de 2 heures en semaine.</p>`,
    },
    contact: {
      title: 'Contact',
      main: `<h1>Nous contacter</h1><p>Notre service client vous répond sous 24 h ouvrées.</p>
        <p>Téléphone : <a href="tel:+33472000000">04 72 00 00 00</a> (appel non surtaxé), du lundi au vendredi de 9 h à 18 h.</p>
        <p>E-mail : <a href="mailto:aide@bench-brand.test">aide@bench-brand.test</a></p>
        <form action="/contact" method="post"><label>Votre e-mail <input type="email" name="email"></label><label>Votre message <textarea name="message"></textarea></label><button>Envoyer</button></form>
        <p>Bench Brand – Service client, 12 rue des Artisans, 69002 Lyon</p>`,
    },
    faq: {
      title: 'Questions fréquentes',
      main: `<h1>Questions fréquentes</h1>${faq.map(([q, a]) => `<details><summary>${q}</summary><p>${a}</p></details>`).join('')}`,
    },
    livraison: {
      title: 'Livraison',
      main: `<h1>Livraison</h1><p>Livraison standard en 3 à 5 jours ouvrés : 6,90 €, offerte dès 80 € d'achat. Livraison express en 24 h : 14,90 €.</p>
        <p>Les meubles volumineux sont livrés sur rendez-vous, dans la pièce de votre choix, sous 2 à 3 semaines.</p>`,
    },
    retours: {
      title: 'Retours et remboursements',
      main: `<h1>Retours et remboursements</h1><p>Vous disposez de 30 jours pour changer d'avis. Le remboursement est effectué sous 14 jours après réception du retour.</p>`,
    },
    cgv: { title: 'Conditions générales de vente', main: `<h1>Conditions générales de vente</h1><p>Dernière mise à jour : 12 mars 2025</p>${articles(14)}` },
    'mentions-legales': {
      title: 'Mentions légales',
      main: `<h1>Mentions légales</h1><p>Éditeur : Bench Brand SAS, capital 250 000 €, RCS Lyon 812 345 678, TVA FR12 812345678. Directeur de la publication : Camille Martin.</p>
        <p>Hébergeur : Hébergement Exemple SAS, 2 rue du Serveur, 59100 Roubaix.</p>${articles(3)}`,
    },
    confidentialite: {
      title: 'Politique de confidentialité',
      main: `<h1>Politique de confidentialité</h1><p>Mise à jour le 5 février 2025.</p>${articles(8, ' Vos données sont conservées 3 ans après votre dernier achat.')}`,
    },
    communaute: {
      title: 'Communauté',
      main: `<h1>La communauté Bench Brand</h1><p>Partagez vos intérieurs avec #benchbrand sur <a href="https://www.instagram.com/benchbrand/">Instagram</a>.</p>`,
    },
  };
}

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

function price(r) {
  const euros = 19 + Math.floor(r() * 1400);
  const text = euros >= 1000 ? `${Math.floor(euros / 1000)} ${String(euros % 1000).padStart(3, '0')}` : String(euros);
  return `${text},${pick(r, ['00', '90', '99', '50'])}`;
}

function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function slug(s) {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
