// Question detection: a '?' or '¿' outside URLs, or an interrogative form written without one (four languages).
import { QUESTION_PATTERNS } from './question-patterns.js';
import { ANY_DELIGHT_REPLY, ANY_EAGER_REPLY, IF_SO, mayReplyEagerly, RESIGNED, TAG } from './question-remarks.js';
import { NARRATIVE_OPENING } from './question-narrative.js';
import { EXCLAMATIONS } from './question-exclamations.js';
import { creditsTheIdea, namesIdea, praises, seeksAgreementOverPraise } from './question-agreement.js';
import { REQUESTS } from './question-requests.js';
import { mayMock, questionsBeforeMockReply } from './question-mock-replies.js';
import { maySelfAnswer, questionsSelfAnswered } from './question-self-answers.js';
import { ANYONE_ELSE, REGIONAL_OPENERS } from './question-regional.js';
import { withoutClaimEcho } from './quoted-speech.js';
import { CLOSED_BY_ADVERB, REPROACHES, RHETORICAL_REPROACHES } from './question-reproaches.js';
import { langsFor, type Lang4 } from './stopwords.js';
import { detectLanguage, type TextLang } from './language.js';
import { postText, type PostText } from './post-text.js';
import { patternSource, unionTester, type PatternSource } from './regex-union.js';
import { foldAccents, sentences } from './tokens.js';
import { perLanguage } from './per-language.js';
import { asksFriendsOnly, asksTwice, hasQuestionMark, questionScore } from './question-model.js';
import { asksNothing } from './question-rhetoric.js';
import { countsAttempts } from './question-unanswered.js';
import { asksForService } from './question-service-requests.js';
import { asksIndirectly } from './question-indirect.js';
import { asksForThing } from './question-things-asked.js';
import { plansWithFriend } from './question-friend-plans.js';
import { pointsFriendAt } from './question-friend-pointers.js';
import { toldNoOneTells } from './question-nobody-tells.js';
import { concedesEitherWay } from './question-concessions.js';
import { checksSharedFault } from './question-shared-faults.js';
import { asksRecourse } from './question-recourse.js';
import { asksInRunOnTail } from './question-run-on-tails.js';
import { asksHelpDesk } from './question-care-requests.js';
import { asksInSitu } from './question-in-situ.js';
import { asksConfirmation } from './question-confirmations.js';
import { looksForFeatureGone } from './question-features-gone.js';
import { asksElliptically } from './question-elliptic-asks.js';
import { asksWhyMine } from './question-why-mine.js';
import { asksHopeConfirmed } from './question-tell-me-hopes.js';
import { wishesAloud } from './question-wishes.js';
import { nudgesInThread } from './question-thread-nudges.js';
import { asksAlternative } from './question-alternatives.js';
import { setsUltimatum } from './question-ultimatums.js';
import { asksAnnounced } from './question-announced-asks.js';
import { demandsRedress } from './question-redress-demands.js';
import { asksBugOrIntended } from './question-bug-or-intended.js';
import { asksGratefully } from './question-grateful-requests.js';
import { asksMissingShared } from './question-missing-shared.js';
import { asksWithdrawal } from './question-withdrawal-rights.js';
import { asksFriendWhatTheyKnow } from './question-friend-knows.js';
import { asksClosingBare } from './question-closing-asks.js';
import { asksOutage } from './question-outage-asks.js';
import { asksHowDoI } from './question-how-do-i.js';
import { asksAboutTeaser } from './question-teasers.js';
import { asksBareEcho } from './question-bare-echo.js';
import { setsDeadline } from './question-deadlines.js';
import { asksCestQuand } from './question-cest-quand.js';
import { asksOpeningDay } from './question-opening-days.js';
import { quotesSurveyOnly } from './question-survey-quotes.js';
import { threadParts } from './question-numbered-threads.js';
import { replyBelowQuote } from './question-quoted-replies.js';
import { BURIED_SURE, buriedQuestion } from './question-buried-asks.js';
import { asksPartnerRecourse } from './question-partner-recourse.js';
import { asksReminder } from './question-remind-me.js';
import { asksKnowHow } from './question-know-how.js';
import { asksAsWish } from './question-wished-asks.js';
import { scoreBesidesClosingPleas } from './question-closing-pleas.js';
import { QUESTION_MODEL } from './question-model.data.js';

/**
 * Greetings and linking words in front of the question itself ("Bonjour, est-ce que…", "Hi, can you…",
 * "Hola, me podéis…", "¿De verdad hacéis envíos…", "Quick question: …" is split at the colon instead).
 */
const LEAD_IN =
  /^[\s¿¡"'«»()\-–—]*(?:(?:bonjour|bonsoir|salut|coucou|allo|hello|hi|hey|hallo|moin|servus|hola|oye|buenas(?: tardes| noches)?|buenos d[ií]as|guten (?:tag|morgen|abend))(?: (?:à tous|a tous|tout le monde|everyone|all|team|there|guys|folks|zusammen|ihr lieben|a todos|equipo))?[\s,!.:;-]*)?(?:(?:et|mais|sinon|du coup|alors|par contre|and|but|btw|by the way|also|und|aber|übrigens|ubrigens|y|pero|entonces|por cierto|ok|okay|de verdad|en serio|really|vraiment|wirklich)[\s,]+)?(?:(?:please|pls|kindly|s'il vous plaît|s'il vous plait|svp|stp|bitte|por favor)[\s,]+)?[¿¡]*/;

/** Clause boundaries: commas, semicolons, colons and dashes set between spaces ("Quick question – do you…"). (No 'u'
 * flag here or on LEAD_IN: they hold no astral character or property class, and V8 scans plain patterns faster.) */
const CLAUSE = /\s*[,;:]\s*|\s+[–—-]\s+/;
/** A character every cut of CLAUSE holds. */
const CLAUSE_MARK = /[,;:–—-]/;

/** "Is that normal?" closing a sentence, in the four languages (folded). */
const NORMAL_TAIL = /^(?:c'est|est-ce|ce n'est pas|c'est pas|is (?:this|that|it)|was (?:this|that|it)|ist das|es|esto es) normal$/;
/** A wait or an elapsed time: after one, "is that normal?" reproaches rather than asks. */
const WAIT_CUE =
  /\b(?:\d+|deux|trois|quatre|cinq|dix|quinze|two|three|four|five|ten|zwei|drei|vier|funf|zehn|dos|tres|cuatro|cinco|diez|quince) (?:jours?|semaines?|mois|heures?|days?|weeks?|months?|hours?|tagen?|wochen?|monaten?|stunden?|dias?|semanas?|meses|horas?)\b|\b(?:j'attends|attente|sans (?:reponse|nouvelles)|waiting|no (?:reply|answer|response)|warte|keine antwort|esperando|sin respuesta)\b/;

/** A reproach said in one word ("Seriously, …", "Sérieux, …", "En serio, …"), before a clause that may still ask. */
const INTERJECTION = /^(?:seriously|really|honestly|serieux|serieusement|vraiment|franchement|ernsthaft|echt|ehrlich|wirklich|en serio|de verdad)$/;

/** A question about who did something: closed by a one-word reproach it blames ("Who plans these timetables, seriously?"). */
const WHO = /^(?:who|qui|wer|quien)\b/;

/**
 * German conjunctions that open a dependent clause, and relative clauses ("…, die ich gekauft hatte, behalte ich…");
 * the main clause after one starts with its verb.
 */
const DE_SUBORDINATING =
  /^(?:wenn|als|weil|obwohl|nachdem|sobald|falls|da|dass|bevor|wahrend|sodass|damit|seitdem|solange)\b|^(?:der|die|das|den|dem|denen|deren|dessen) (?:ich|du|er|sie|es|wir|ihr|man)\b/;

/** German finite verbs that open a yes/no question but do not end like a regular verb ("Ist der Tisch…"). */
const DE_IRREGULAR_VERBS = new Set(
  `ist sind hat hast kann kannst konnt gibt wird wirst weiss muss musst soll sollst darf durft mag mochte mochtet
   ware waren war bist seid tut bin`.split(/\s+/),
);
/** Subjects after a German verb-first question ("Habt ihr…", "Kann man…", "Ist das…", "Sind die Kerzen…"). */
const DE_SUBJECTS = new Set(
  `ich du er sie es wir ihr man jemand wer das der die den dem ein eine einen mein meine dein deine euer eure unser
   unsere ihre dieser diese dieses`.split(/\s+/),
);
/** Sentence-initial German words that end like verbs but are not ("Heute ist…", "Danke ihr Lieben"). */
const DE_NOT_VERBS = new Set(
  `heute jetzt morgen gestern hier dort dann danke bitte leider endlich nur auch schon noch gerade immer seit bei nach
   vor mit fur uber unter zwischen ohne gegen durch um bis am im zum zur liebe lieber liebes hallo moin servus guten
   schonen frohe viele alle beste neue unsere unser meine mein die der das den dem des ein eine einen diese dieser
   dieses jede jeder ganz total super mega ja nein naja also aber und oder denn weil dass wenn als wie so sehr zu ab
   an auf aus in von erst selbst sonst trotzdem deshalb deswegen nachste letzte erste zweite dritte halt eben bereits
   insgesamt absolut echt einfach wirklich mittlerweile inzwischen`.split(/\s+/),
);

/**
 * True when the text asks something: a sentence ending in '?' (French " ?" with U+00A0/U+202F included), a
 * Spanish '¿', or an interrogative form written without a mark ("est-ce que vous livrez en Belgique",
 * "how do I…", "wie kann ich…", "cómo puedo…"). Rhetorical questions ("qui n'a jamais rêvé…", "who doesn't
 * love…"), exclamations ("quelle belle collection !", "What a gorgeous table!") and the '?' of a URL's query
 * string are not questions. Without `lang` the post's language is detected first; with 'und' the forms of all four
 * languages are tried.
 */
export function isQuestion(text: string, lang: TextLang = detectLanguage(text)): boolean {
  return questionIn(postText(text, lang === 'und' ? 'und' : lang), lang);
}

/**
 * isQuestion on a post already prepared (readPost prepares each post once for both detectors): the patterns' verdict,
 * unless the question model (question-model.ts) is confident it is wrong. It vetoes a question below log-odds
 * -vetoMarkAlone when the post asks by its mark alone ("£9 for a candle?" echoed in outrage, a tag closing praise, a
 * reproach), below -vetoOwnWords when it asks in its own words with a mark (never when it asks so twice), below
 * -vetoUnmarked when it has no '?' or '¿' (a statement the patterns read as a run-on question); it adds a question above `add` to a post without a mark (an
 * indirect or text-message question). A post with a mark that the patterns call no question was read by a rule that
 * names why (rhetoric, a reproach, an echo): the model does not overrule it. Where the model decides, the patterns need
 * not run. The thresholds were chosen at training time on blind rounds the model was not trained on. A post that opens
 * with people's handles only ("@lena_k gehen wir Samstag hin?", "@tomkins_j fancy the new ramen place friday?") asks a
 * friend, never the brand: no question, whatever it asks; nor does one that counts the attempts it took to be heard
 * ("How many emails does it take to…?", question-unanswered.ts), nor one whose every question is withdrawn at once or
 * rhetorical by a class of question-rhetoric.ts ("Anyone know if…? Never mind, just saw the banner", "Is anyone actually
 * reading these?", "À quoi sert votre numéro d'urgence si personne ne décroche ?"). A request to be called back or for a service on the
 * poster's account ("Please call me asap", "Merci de me recontacter", "Bitte um Klärung", "Please reverse the amount",
 * question-service-requests.ts) asks, whatever the model says; so does an indirect question ("Je voudrais savoir si…",
 * "Quelqu'un sait si…", "Weiß jemand, ob…", "Quisiera saber si…", question-indirect.ts) and a fault checked with other users
 * ("Is it just me or is the app down?", "C'est moi ou l'appli plante ?", question-shared-faults.ts) and what the poster may
 * get or whom to ask ("am I entitled to a refund", "Habe ich Anspruch auf…", question-recourse.ts), unless withdrawn or
 * rhetorical.
 */
export function questionIn(post: PostText, lang?: TextLang): boolean {
  if (asksFriends(post.original, post.folded)) return false;
  // Counted attempts and rhetoric are looked for only in what would otherwise ask: most posts do not, and every post is
  // read.
  // A request for a service asks beside any rhetoric ("Est-ce que quelqu'un lit vraiment les réclamations ? … merci de me
  // recontacter").
  return (
    (((modelOrPatternsAsk(post, lang) || asksBesidesModel(post.folded, post.original, lang)) && !asksNothing(post.folded, post.original) && !quotesSurveyOnly(post.folded)) ||
      asksForService(post.folded)) &&
    !countsAttempts(post.folded)
  );
}

/**
 * Whether the post asks its friends only (question-model.ts asksFriendsOnly: people's handles first), makes plans with
 * a friend greeted by a one-word handle (question-friend-plans.ts) or points such a friend at what the brand did
 * (question-friend-pointers.ts): no question to the brand — unless it asks the friend what they know of a business, which
 * the brand can answer (question-friend-knows.ts: "@tobi_w weißt du, ob der Baumarkt … offen hat?"). Exported for the
 * question model's trainer, whose held-out verdicts apply the same gate; `folded` is the post's folded text where the
 * caller has it (made here otherwise, for the few posts that open with a friend).
 */
export function asksFriends(original: string, folded?: string): boolean {
  if (!(asksFriendsOnly(original) || plansWithFriend(original) || pointsFriendAt(original))) return false;
  return !asksFriendWhatTheyKnow(folded ?? postText(original, 'und').folded);
}

/**
 * Questions asked in a form whatever the model says (it weighs the complaint words around them against them): an
 * indirect question (question-indirect.ts), a fault checked with other users (question-shared-faults.ts), what the
 * poster may get or whom to ask (question-recourse.ts), a question run on without a mark at a post's end
 * (question-run-on-tails.ts: "…, une solution", "…, alguna solución"), a request to a help desk written as a statement
 * (question-care-requests.ts: "need someone to check my order", "any news on this"), a French question without a mark whose
 * question word stays in place (question-in-situ.ts: "cest combien le menu etudiant", "elle sort quand chez vous"), a thing asked for or a lost thing
 * looked for (question-things-asked.ts: "Est-ce qu'on peut en commander un seul ?", "Quelqu'un a vu un bonnet rouge ?"), a French
 * question asking to confirm a fault, a receipt or an intention among complaint words (question-confirmations.ts: "C'est
 * normal que l'appli plante… ?", "vous avez bien reçu mes justificatifs ?", "Vous comptez rembourser une partie ?"), a
 * feature gone after an update looked for (question-features-gone.ts: "where did the continue watching row go tho"), an
 * elliptic ask carrying on with "and" and a delivery, price or size term alone (question-elliptic-asks.ts: "Und die
 * Versandkosten nach Österreich"), why a thing of the poster's went astray asked without a mark (question-why-mine.ts:
 * "Pourquoi mon colis est parti à Toulouse…"), a hope pleaded to be confirmed (question-tell-me-hopes.ts: "pls tell me
 * ur bringing back the spicy wrap"), a nudge in a thread chasing what the poster waits on (question-thread-nudges.ts: "et
 * donc", "and my refund", "y mi reembolso"), an alternative closing a post without a mark (question-alternatives.ts:
 * "delivery or pickup for the sale", "Lieferung oder Abholung beim Sale"), a question announced inside a review
 * (question-announced-asks.ts: "Seule petite question : est-ce que vous prévoyez un mode sombre ?"), redress demanded
 * after a complaint (question-redress-demands.ts: "what are you going to do about it?", "Wer erstattet mir das
 * jetzt?"), a fault asked as a bug or as intended (question-bug-or-intended.ts: "C'est un bug ou c'est voulu ?"), a part of a numbered
 * thread that asks on its own (question-numbered-threads.ts: "1/3 … 3/3 Question though: … Which one is right?"), not
 * knowing how to do a thing on one's own account (question-know-how.ts: "jsp comment activer ma carte"), a reply asking below
 * the brand's post quoted line by line (question-quoted-replies.ts: "> ¡Nuevo menú de temporada! 🌮\n¿Los tacos… ?", read
 * on the post as written, `original`, where the quote's line break still is), the one question of a long post read apart
 * from its story (question-buried-asks.ts: "… Est-ce que quelqu'un peut enfin me dire où est passé cet argent… ? …"), the
 * brand asked for recourse over its partner's failing (question-partner-recourse.ts: "… le vendeur ne répond plus. Vous
 * couvrez ce genre de cas ?"), a French request told as a wish (question-wished-asks.ts: "je veux bien la
 * recette"), a fact asked to be recalled (question-remind-me.ts: "remind me what time you close", "Rappelez-moi le
 * délai…"), a fan asked what they know of a business (question-friend-knows.ts: "tu sais s'il y a un numéro à appeler
 * ?"), a bare why or any news closing a trouble (question-closing-asks.ts: "… tengo saldo. ¿Qué pasa?"), an outage asked
 * (question-outage-asks.ts: "Ist bei euch in Köln was kaputt?"), how to cancel asked beside a complaint
 * (question-how-do-i.ts: "Wie kündige ich bei …?"), a teaser asked beside 👀 (question-teasers.ts: "👀 nouvelle collab
 * ?"), a claim quoted back alone and asked (question-bare-echo.ts: "“Free returns”?"). Tried
 * only on posts the model and the patterns leave without a question. Exported for the question model's trainer, whose held-out verdicts apply the same
 * forms.
 */
export function asksBesidesModel(folded: string, original = folded, lang?: TextLang): boolean {
  // The forms in the order they were first chained in, so a post runs the same readings as before. Written as one
  // chain of direct calls, not a loop over a list of them: the loop's one call site, shared by sixteen functions, made
  // this test ~5% slower (every post the model and the patterns leave without a question runs it).
  return (
    asksIndirectly(folded) ||
    checksSharedFault(folded) ||
    asksRecourse(folded) ||
    asksInRunOnTail(folded) ||
    asksHelpDesk(folded) ||
    asksInSitu(folded) ||
    asksForThing(folded) ||
    asksConfirmation(folded) ||
    looksForFeatureGone(folded) ||
    asksElliptically(folded) ||
    asksWhyMine(folded) ||
    asksHopeConfirmed(folded) ||
    nudgesInThread(folded) ||
    asksAlternative(folded) ||
    asksAnnounced(folded) ||
    demandsRedress(folded) ||
    asksBugOrIntended(folded) ||
    asksGratefully(folded) ||
    asksMissingShared(folded) ||
    asksWithdrawal(folded) ||
    asksFriendWhatTheyKnow(folded) ||
    asksCestQuand(folded) ||
    asksOpeningDay(folded) ||
    asksKnowHow(folded) ||
    asksAsWish(folded) ||
    asksInThreadPart(folded, lang) ||
    asksBelowQuote(original) ||
    asksBuried(folded) ||
    asksPartnerRecourse(folded) ||
    asksReminder(folded) ||
    asksClosingBare(folded) ||
    asksOutage(folded) ||
    asksHowDoI(folded) ||
    asksAboutTeaser(original) ||
    asksBareEcho(original)
  );
}

/**
 * Whether the one question of a long post (question-buried-asks.ts) asks, read as a post of its own: the model must be
 * sure of it alone (above BURIED_SURE), or not against it when it asks after a case by reference ("claim BG-99317");
 * then the patterns judge it, and a rhetorical question still asks nothing.
 */
function asksBuried(folded: string): boolean {
  const buried = buriedQuestion(folded);
  if (buried === undefined) return false;
  const score = questionScore(buried.sentence);
  if (score <= (buried.namesCase ? QUESTION_MODEL.vetoOwnWords : BURIED_SURE)) return false;
  const lang = detectLanguage(buried.sentence);
  const post = postText(buried.sentence, lang === 'und' ? 'und' : lang);
  return modelOrPatternsAsk(post, lang) && !asksNothing(post.folded);
}

/**
 * Whether the reply below the brand's quoted lines (question-quoted-replies.ts: "> Introducing FlexPass…!\nDoes FlexPass
 * work on the airport express too…?") asks with a mark, read as a post of its own: the announcement's exclamation and
 * advertising words no longer weigh against its question, and an echo or disbelief still asks nothing. As for a part of
 * a numbered thread, the model must be as sure of the reply as it must be to add a question to a post without a mark.
 */
function asksBelowQuote(original: string): boolean {
  const reply = replyBelowQuote(original);
  if (reply === undefined) return false;
  const lang = detectLanguage(reply);
  const post = postText(reply, lang === 'und' ? 'und' : lang);
  if (!hasQuestionMark(post.folded) || questionScore(post.folded, reply) <= QUESTION_MODEL.add) return false;
  return modelOrPatternsAsk(post, lang) && !asksNothing(post.folded);
}

/**
 * Whether a part of a numbered thread (question-numbered-threads.ts: "1/3 … 2/3 … 3/3 … Which one is right?") asks with a
 * mark, read as a post of its own in the post's language: the praise or the story of the other parts no longer weighs against
 * its question, and a rhetorical part still asks nothing. The whole post was left without a question, so the model must
 * be as sure of the part as it must be to add a question to a post without a mark: a reproach read apart from the
 * grievance told before it looks like a question ("2/2 Cinco llamadas, cinco excusas. ¿De verdad alguien ahí sabe hacer
 * su trabajo?" scores 0.3 on its own).
 */
function asksInThreadPart(folded: string, postLang?: TextLang): boolean {
  if (!hasQuestionMark(folded)) return false;
  const parts = threadParts(folded)?.filter(hasQuestionMark);
  if (!parts?.length) return false;
  // The post's language, as the caller read it (readPostIn detects it once a post; a part alone is short to tell),
  // detected here only for a caller that passes none. Reading a part costs about a post's reading: only the parts with
  // a mark are read, by the model and the patterns, not again through the forms above.
  const lang = postLang ?? detectLanguage(folded);
  return parts.some((part) => {
    if (questionScore(part) <= QUESTION_MODEL.add) return false;
    const post = postText(part, lang === 'und' ? 'und' : lang);
    return modelOrPatternsAsk(post, lang) && !asksNothing(post.folded);
  });
}

/** questionIn's verdict by the model and the patterns alone. */
function modelOrPatternsAsk(post: PostText, lang?: TextLang): boolean {
  // A praying or thinking face closing the post pleads or wonders as its mark asks (question-closing-pleas.ts).
  const score = scoreBesidesClosingPleas(post.folded, post.original);
  if (!hasQuestionMark(post.folded)) {
    // "… und niemand kann mir sagen, wann es fertig ist": a silence reported, not asked (question-nobody-tells.ts).
    if (toldNoOneTells(post.folded)) return false;
    // "…, whether it's on the diversion or not": done either way, not asked (question-concessions.ts).
    if (concedesEitherWay(post.folded)) return false;
    // "sort my bill out or I'm switching providers": a threat, not an alternative offered (question-ultimatums.ts).
    if (setsUltimatum(post.folded)) return false;
    // "Ich setze Ihnen hiermit eine Frist bis zum 30.04.": notice given in a letter, not asked (question-deadlines.ts).
    if (setsDeadline(post.folded)) return false;
    // "Ich wünschte ihr hättet auch ne Filiale in Graz": a wish told, which the model reads as verb-first; the patterns
    // still judge it (question-wishes.ts).
    if (wishesAloud(post.folded)) return patternsAsk(post, lang);
    if (score > QUESTION_MODEL.add) return true;
    return score < -QUESTION_MODEL.vetoUnmarked ? false : patternsAsk(post, lang);
  }
  // A post that asks twice in its own words (a forum topic's title and body) keeps its question: its mark-alone veto
  // below still applies.
  if (score < -QUESTION_MODEL.vetoOwnWords && !asksTwice(post.folded)) return false;
  const asks = patternsAsk(post, lang);
  return asks && score < -QUESTION_MODEL.vetoMarkAlone ? asksInOwnWords(post, lang) : asks;
}

/** A post's sentences as the patterns read them, with the languages whose forms are tried. */
interface Reading {
  /** The post's lower-case text, dates' dots and a claim echoed at its start removed. */
  prepared: string;
  parts: Sentence[];
  langs: readonly Lang4[];
  german: boolean;
}

function readingOf(post: PostText, lang?: TextLang): Reading | null {
  const text = post.original;
  const known = lang && lang !== 'und' ? lang : 'und';
  let prepared = post.lower;
  // "Am 24.12. sind…", "der 30. und": dates, not sentence ends.
  if (/\d\./.test(prepared)) prepared = prepared.replace(/(\d)\.(?!\d*\s*$)/gu, '$1');
  if (!prepared) return null;
  prepared = withoutClaimEcho(prepared);
  const langs = langsFor(known);
  // German verb-first order is the loosest form ("vraiment du grand art" reads as verb + "du"): only tried when the
  // post is German or too short to tell (a caller that passes 'und' has already found it too short).
  const german = langs.includes('de') && (langs.length === 1 || lang === 'und' || ['de', 'und'].includes(detectLanguage(text)));
  return { prepared, parts: split(prepared), langs, german };
}

/**
 * Whether some sentence of the post asks in its own words — an interrogative form of the patterns (question words,
 * inversions, indirect questions, requests), not a mark alone ("£9 for a candle?" has none, "Lohnt sich das
 * Upgrade…" has one). The question model needs more confidence to overrule such a post.
 */
export function asksInOwnWords(post: PostText, lang?: TextLang): boolean {
  const reading = readingOf(post, lang);
  if (!reading) return false;
  const { parts, langs, german } = reading;
  return parts.some((s) => hasForm(s.clauses, s.body, langs, german, s.end === '', !marked(s)));
}

/** A sentence that ends in '?' or holds a '¿'. */
function marked(s: Sentence): boolean {
  return s.end.includes('?') || s.body.raw.includes('¿');
}

/** The patterns' verdict alone: marks, interrogative forms, and the remarks, reproaches and echoes that ask nothing. */
export function patternsAsk(post: PostText, lang?: TextLang): boolean {
  const reading = readingOf(post, lang);
  if (!reading) return false;
  const { prepared, parts, langs, german } = reading;
  // Reproaches and rhetorical questions are rare: one scan of the whole post tells whether any clause needs testing.
  const folded = post.folded;
  const mayReproach =
    folded.includes('normal') || langs.some((l) => COMPILED[l].reproachAnywhere.test(QUESTION_PATTERNS[l].folded ? folded : prepared));
  const mayBeRhetorical = langs.some((l) => COMPILED[l].rhetoricalAnywhere.test(QUESTION_PATTERNS[l].folded ? folded : prepared));
  const ctx: Context = {
    langs,
    german,
    folded,
    mayCredit: namesIdea(folded),
    mayReproach,
    mayBeRhetorical,
    reproachInPost: false,
    indignant: false,
  };
  // After a reproach ("Vous êtes sérieux ?", "Are you serious?"), a '?' alone asks nothing: "60 € de frais de port ?".
  ctx.reproachInPost = mayReproach && parts.some((s) => besidesReproach(ctx, s) !== null);
  // "£7.99 for standard delivery?? On a £10 order??": a figure echoed in a few words with doubled or mixed marks is
  // indignation, and so are the post's other doubled marks; they ask only in their own words. A longer sentence with a
  // figure still asks ("…900 kWh en un mois pour un studio de 20m², c'est normal ??").
  ctx.indignant = parts.some(
    (s) => s.end.length > 1 && s.end.includes('?') && FIGURE.test(s.body.raw) && s.body.raw.split(/\s+/).length <= FIGURE_ECHO_WORDS,
  );
  const echoes =
    parts.length > 1 && mayReplyEagerly(folded) ? echoesBeforeEagerReply(parts) : 0;
  // "Payer 5 € pour un sac ? Mais bien sûr…": questions the poster answers with a mock or eager "sure" ask nothing.
  const mocked =
    parts.length > 1 && folded.includes('?') && mayMock(folded)
      ? questionsBeforeMockReply(
          parts.map((s) => s.body.folded.replace(/^[\s¿¡]+/u, '')),
          parts.map((s) => s.end.includes('?')),
        )
      : 0;
  // "Is there anything better than…? Didn't think so", "Do I need another candle? No.": questions the poster answers.
  const answered =
    parts.length > 1 && maySelfAnswer(folded)
      ? questionsSelfAnswered(
          parts.map((s) => s.body.folded.replace(/^[\s¿¡]+/u, '')),
          parts.map((s) => s.end.includes('?')),
        )
      : undefined;
  const asks = (s: Sentence, i: number): boolean =>
    i < mocked || answered?.has(i)
      ? false
      : i < echoes && s.end.includes('?')
        ? hasForm(s.clauses, s.body, langs, german, false)
        : sentenceAsks(s, ctx);
  // Each sentence is judged on its own: the marked ones first, which are mostly settled by their mark, so a post that
  // asks with '?' skips the search for interrogative forms in its other sentences.
  for (let i = 0; i < parts.length; i++) if (marked(parts[i]) && asks(parts[i], i)) return true;
  for (let i = 0; i < parts.length; i++) if (!marked(parts[i]) && asks(parts[i], i)) return true;
  return false;
}

/** Longest '?' sentence read as an echo of an announcement ("Gewinnspiel?", "Free shipping this weekend?"). */
const ECHO_WORDS = 6;

/** An eager reply ("je participe", "count me in") or one opening in delight ("Génial !", "¡Qué ilusión!"). */
function repliesToEcho(s: Sentence): boolean {
  const folded = s.body.folded;
  return ANY_EAGER_REPLY.test(folded) || (ANY_DELIGHT_REPLY.test(folded) && !IF_SO.test(folded));
}

/**
 * How many sentences at the start of the post echo an announcement before an eager or delighted reply ("Encore un
 * jeu concours ? Trop bien, je participe !", "¿Sorteo? ¡Me apunto ya!", "Free delivery all week? Amazing!"): short '?'
 * sentences followed by the reply. They ask only in their own words (an interrogative form); 0 when the post has no
 * such reply after a '?'.
 */
function echoesBeforeEagerReply(parts: Sentence[]): number {
  for (let i = 1; i < parts.length; i++) {
    if (!repliesToEcho(parts[i])) continue;
    const before = parts.slice(0, i);
    const echoing = before.every((s) => s.end.includes('?') && s.body.raw.split(/\s+/).length <= ECHO_WORDS);
    return echoing ? i : 0;
  }
  return 0;
}

/**
 * A tag closing praise, an opinion or an exclamation ("Der Kuchen ist der Hammer, oder?", "Trop bon ce gâteau, non ?",
 * "What a lovely shop, isn't it?"), or in a post that takes a trouble as expected ("Another delay, right? Typical.")
 * remarks; a tag after a fact ("Vous livrez en Belgique, non ?") still asks for confirmation.
 */
function praiseWithTag(s: Sentence, langs: readonly Lang4[], postFolded: string): boolean {
  const folded = s.body.folded;
  return langs.some((l) => {
    if (!TAG[l].test(folded)) return false;
    if (praises(folded.replace(TAG[l], ''), l) || RESIGNED[l].test(postFolded)) return true;
    return COMPILED[l].exclamative.test(view(l, withoutTag(s, [l]), true));
  });
}

/** The sentence without its closing tag, as one clause (cut where the folded text's tag starts). */
function withoutTag(s: Sentence, langs: readonly Lang4[]): Clause {
  const { raw, folded } = s.body;
  for (const l of langs) {
    const at = folded.search(TAG[l]);
    // Folding keeps one letter per letter for the four languages' accents; a text it changed in length keeps its tag.
    if (at > 0 && folded.length === raw.length) return clauseOf(raw.slice(0, at).replace(/[\s,¿]+$/u, ''));
  }
  return s.body;
}

/** What the sentence tests share for one post. */
interface Context {
  langs: readonly Lang4[];
  german: boolean;
  /** The whole post, lower case and accent-folded. */
  folded: string;
  /** Whether the post names an idea ("idée", "idea", "Idee"): only then is a credit question looked for. */
  mayCredit: boolean;
  /** False when no reproach pattern occurs anywhere in the post (then none is tested clause by clause). */
  mayReproach: boolean;
  mayBeRhetorical: boolean;
  reproachInPost: boolean;
  /** A figure asked back with '??' or '?!' somewhere in the post ("£7.99 for delivery??"). */
  indignant: boolean;
}

/** Longest sentence read as a figure echoed in outrage ("¿¿40€ por cambiar el nombre del billete??"). */
const FIGURE_ECHO_WORDS = 8;

/** A price or a figure: a digit, or a currency sign. */
const FIGURE = /[\d€£$]/u;

/** The post's sentences, each with its clauses made on first use (a sentence ending in '?' rarely needs them). */
function split(prepared: string): Sentence[] {
  return sentences(prepared).map((sentence) => new SplitSentence(sentence));
}

/** Sentence terminators, as split() strips them from a sentence's end. */
const TERMINATORS = '.!?…';

/** A sentence: its closing punctuation, its body, and its clauses made on first use. */
class SplitSentence implements Sentence {
  readonly end: string;
  readonly body: Clause;
  #text: string;
  #clauses: Clause[] | undefined;
  constructor(sentence: string) {
    // The run of terminators at the end, found by a backward scan rather than a regex match.
    let cut = sentence.length;
    while (cut > 0 && TERMINATORS.includes(sentence[cut - 1])) cut--;
    this.end = sentence.slice(cut);
    this.#text = sentence.slice(0, cut).trim();
    this.body = clauseOf(this.#text);
  }
  get clauses(): Clause[] {
    if (!this.#clauses) {
      // Without a comma, colon, semicolon or dash, CLAUSE cannot cut the sentence: its one clause is its body.
      if (!CLAUSE_MARK.test(this.#text)) return (this.#clauses = [this.body]);
      const parts = this.#text.split(CLAUSE).filter((c) => c.trim() !== '');
      this.#clauses = parts.length > 1 ? parts.map(clauseOf) : [this.body];
    }
    return this.#clauses;
  }
}

/** A clause as the patterns read it: accents kept (Spanish), accent-folded (the others), greeting stripped or not. */
interface Clause {
  raw: string;
  folded: string;
  /** Without the greeting and linking words in front ("Bonjour, et…", "Hi, please…"). */
  led: string;
  ledFolded: string;
}

interface Sentence {
  end: string;
  body: Clause;
  /** The body's clauses; the body itself when it has one. */
  clauses: Clause[];
}

const ASCII = /^[\x00-\x7f]*$/;

/** A clause whose forms are made on first use: most sentences end in '?' and are settled without them. */
class LazyClause implements Clause {
  #folded: string | undefined;
  #led: string | undefined;
  #ledFolded: string | undefined;
  constructor(readonly raw: string) {}
  get folded(): string {
    // The raw clause is already lower case: plain ASCII folds to itself.
    return (this.#folded ??= ASCII.test(this.raw) ? this.raw : foldAccents(this.raw));
  }
  get led(): string {
    return (this.#led ??= this.raw.replace(LEAD_IN, '').trim());
  }
  get ledFolded(): string {
    // LEAD_IN knows the unaccented spellings too: the folded clause loses the same lead-in without a second fold.
    return (this.#ledFolded ??= this.led === this.raw ? this.folded : this.folded.replace(LEAD_IN, '').trim());
  }
}

function clauseOf(text: string): Clause {
  return new LazyClause(text.trim());
}

/** The text of a clause for `lang`'s patterns (see QuestionPatterns.folded), with or without its lead-in. */
function view(lang: Lang4, c: Clause, led: boolean): string {
  return QUESTION_PATTERNS[lang].folded ? (led ? c.ledFolded : c.folded) : led ? c.led : c.raw;
}

/** True when a clause, or a whole sentence, is a reproach in one of `langs` ("Vous êtes sérieux là", "En serio"). */
function isReproach(langs: readonly Lang4[], c: Clause): boolean {
  return langs.some((l) => {
    const re = COMPILED[l].reproach;
    return re.test(stripMarks(view(l, c, false))) || re.test(view(l, c, true));
  });
}

function stripMarks(text: string): string {
  return text.replace(/^[\s¿¡"'«»()]+/u, '');
}

/**
 * The clauses of a sentence other than a reproach opening or closing it, or null when the sentence reproaches in
 * none of them. "Vielleicht mal Leute einstellen, die lesen können?" leaves "die lesen können"; "En serio, ¿cuándo me
 * vais a devolver el dinero?" leaves the question; "Ça fait 15 jours, c'est normal ?" leaves the statement.
 */
function besidesReproach(ctx: Context, s: Sentence): Clause[] | null {
  if (!ctx.mayReproach) return null;
  const { langs } = ctx;
  const { clauses } = s;
  if (clauses.length === 1) return isReproach(langs, s.body) ? [] : null;
  // "Ça fait 15 jours que j'attends, c'est normal ?" reproaches; "Le code ne marche pas, c'est normal ?" asks.
  const last = clauses[clauses.length - 1];
  if (NORMAL_TAIL.test(last.folded.replace(/^[\s¿¡]+/u, '')) && WAIT_CUE.test(clauses.slice(0, -1).map((c) => c.folded).join(' '))) {
    return clauses.slice(0, -1);
  }
  if (isReproach(langs, clauses[0])) {
    const rest = clauses.slice(1);
    // "Seriously, how hard is it to answer a phone?": a reproach on both sides.
    if (isReproach(langs, rest[rest.length - 1])) return [];
    // "Sérieux, personne pour m'aider ?" pleads and asks; "Sérieux, 60 € de frais de port ?" echoes a figure.
    const bare = INTERJECTION.test(clauses[0].folded.replace(/^[\s¿¡"'«»()]+/u, ''));
    if (bare && s.end.includes('?') && !/[\d€£$]/u.test(rest.map((c) => c.raw).join(' '))) return null;
    return rest;
  }
  if (isReproach(langs, last)) {
    const rest = clauses.slice(0, -1);
    // "Who designs these menus, honestly?", "Qui a pondu ce formulaire, franchement ?"; "When is my refund due,
    // seriously?" still asks.
    const unmarked = (c: Clause): string => c.folded.replace(/^[\s¿¡"'«»()]+/u, '');
    if (rest.length === 1 && WHO.test(unmarked(rest[0])) && INTERJECTION.test(unmarked(last))) return [];
    return rest;
  }
  return null;
}

function sentenceAsks(s: Sentence, ctx: Context): boolean {
  const { langs, german, reproachInPost } = ctx;
  const { end, body } = s;
  if (ctx.mayBeRhetorical && langs.some((l) => COMPILED[l].rhetorical.test(view(l, body, true)))) return false;
  // A reproach asks nothing, but the rest of its sentence may: "En serio, ¿cuándo me vais a devolver el dinero?".
  // "Qui a eu l'idée de ce goût ? Donnez-lui une augmentation": credit handed out, not asked for.
  if (ctx.mayCredit && langs.some((l) => creditsTheIdea(body.folded, ctx.folded, l))) return false;
  const rest = besidesReproach(ctx, s);
  const unmarked = !end.includes('?') && !body.raw.includes('¿');
  if (rest) return rest.length > 0 && hasForm(rest, clauseOf(rest.map((c) => c.raw).join(', ')), langs, german, false, unmarked);
  if (!unmarked) {
    // "Wasn't the concert brilliant?", "¿Verdad que el pan es otro nivel?": delight shared, no answer awaited.
    if (langs.some((l) => seeksAgreementOverPraise(body, l))) return false;
    if (praiseWithTag(s, langs, ctx.folded)) {
      const rest = withoutTag(s, langs);
      return hasForm([rest], rest, langs, german, false);
    }
    // "£12 for delivery?!", or an echo after a reproach: indignation, unless the sentence asks in its own words.
    if (end.includes('!') || reproachInPost || (ctx.indignant && end.length > 1)) return hasForm(s.clauses, body, langs, german, false);
    return true;
  }
  // "Comment ne pas craquer !!", "¡Cómo me gusta!": an exclamation mark makes any form an exclamation.
  if (end.includes('!') || body.raw.startsWith('¡')) return false;
  return hasForm(s.clauses, body, langs, german, end === '', true);
}

/**
 * True when the clauses have an interrogative form of one of `langs` (phrase, indirect question, opener…). `unmarked`:
 * the sentence has no '?' or '¿', so "…, which was the last one" is a relative clause ("…, which is better?" asks).
 */
function hasForm(
  clauses: Clause[],
  whole: Clause,
  langs: readonly Lang4[],
  german: boolean,
  unpunctuated: boolean,
  unmarked = false,
): boolean {
  for (const lang of langs) {
    const p = COMPILED[lang];
    const text = view(lang, whole, false);
    if (p.phrases.test(text) || p.indirect.test(text)) return true;
    if (unpunctuated && p.runOn.test(text)) return true;
    let statement = false;
    let afterDependent = false;
    for (const clause of clauses) {
      const start = view(lang, clause, true);
      if (!start) continue;
      const afterStatement = statement;
      statement = true;
      // German puts the verb first in a main clause after a dependent one ("Wann immer ich da bin, werde ich…").
      const verbFirstOk = !afterDependent;
      const opens = p.openers.test(start) || (lang === 'de' && german && verbFirstOk && germanVerbFirst(start));
      // The clause asks when it opens like a question and is not dependent, exclamative or rhetorical. Most clauses
      // open otherwise: then only German verb order needs to know whether this one was dependent.
      if (!opens && !(lang === 'de' && german)) continue;
      // A relative or indirect clause after a statement ("…, qui est parfait", "…, wie ihr das schafft").
      const dependent =
        ((afterStatement || lang !== 'fr') && p.subordinate.test(start)) ||
        (afterStatement && (p.relative.test(start) || (unmarked && p.relativeUnmarked.test(start)))) ||
        (lang === 'de' && DE_SUBORDINATING.test(start));
      afterDependent = dependent;
      if (opens && !dependent && !p.exclamative.test(start) && !p.rhetorical.test(start) && !p.narrative.test(start)) return true;
    }
  }
  return false;
}

/** A pattern group joined into few alternations (see regex-union.ts), tested as one. */
interface Group {
  test(text: string): boolean;
}

/** One language's pattern groups, each joined: one scan per group instead of dozens. */
interface Compiled {
  openers: Group;
  phrases: Group;
  indirect: Group;
  runOn: Group;
  subordinate: Group;
  relative: Group;
  relativeUnmarked: Group;
  exclamative: Group;
  rhetorical: Group;
  reproach: Group;
  /** A time clause opening a story (question-narrative.ts). */
  narrative: Group;
  /** The same groups unanchored: a superset test run once on the whole post. */
  rhetoricalAnywhere: Group;
  reproachAnywhere: Group;
}

function join(patterns: PatternSource[]): Group {
  return unionTester(patterns);
}

/**
 * The join with each pattern's start anchor dropped: it matches wherever the anchored one could match a clause. The
 * tester reads only the sources, so none is made into a RegExp here.
 */
function joinAnywhere(patterns: PatternSource[]): Group {
  return join(patterns.map((re) => patternSource(re.source.replace(/^\^/, '').replace(/\$$/, ''), re.flags)));
}

/** Each language's patterns, joined when a post first needs them (per-language.ts). */
const COMPILED: Record<Lang4, Compiled> = perLanguage((lang) => {
  const p = QUESTION_PATTERNS[lang];
  return {
    openers: join([...p.openers, ...REGIONAL_OPENERS[lang]]),
    phrases: join(p.phrases),
    indirect: join([...p.indirect, ...REQUESTS[lang], ...ANYONE_ELSE[lang]]),
    runOn: join(p.runOn),
    subordinate: join(p.subordinate),
    relative: join(p.relative ?? []),
    relativeUnmarked: join(p.relativeUnmarked ?? []),
    exclamative: join([...p.exclamative, ...EXCLAMATIONS[lang]]),
    rhetorical: join([...p.rhetorical, ...RHETORICAL_REPROACHES[lang], ...CLOSED_BY_ADVERB[lang]]),
    reproach: join([...p.reproach, ...REPROACHES[lang]]),
    narrative: join(NARRATIVE_OPENING[lang]),
    rhetoricalAnywhere: joinAnywhere([...p.rhetorical, ...RHETORICAL_REPROACHES[lang], ...CLOSED_BY_ADVERB[lang]]),
    reproachAnywhere: joinAnywhere([...p.reproach, ...REPROACHES[lang]]),
  };
});

/** German yes/no questions put the verb first, then the subject: "Habt ihr…", "Kann man…", "Gibt's das…". */
function germanVerbFirst(folded: string): boolean {
  const words = folded.replace(/\b(gibt|geht|hat|ist|war|wird|klappt|passt|kommt)'s\b/gu, '$1 es').split(/\s+/);
  // A reflexive verb keeps its "sich" before the subject: "Lohnt sich der Tarif…", "Rechnet sich das…".
  const [first, second] = words[1] === 'sich' ? [words[0], words[2]] : words;
  if (!first || first.length < 3 || !second || DE_NOT_VERBS.has(first) || !DE_SUBJECTS.has(second)) return false;
  // The particle "ja" after the subject states what everyone knows: "Kriegt man ja nur mit der Schere auf."
  if (words[words[1] === 'sich' ? 3 : 2] === 'ja') return false;
  if (DE_IRREGULAR_VERBS.has(first)) return true;
  // First person singular ("Habe die Lampe gekauft") drops the pronoun in statements: a question names it.
  if (/e$/.test(first)) return second === 'ich';
  return /(?:t|st|en)$/.test(first);
}
