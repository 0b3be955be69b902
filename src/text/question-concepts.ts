// Concepts of the question model (question-model.ts): groups of words or neighbouring tokens, in the four languages,
// that share one weight besides their own ("c:" features). A rhetorical or reproachful shape learnt from a French post
// then weighs on its German or Spanish form too, which the folds may never have shown ("Welches Genie hat entschieden…?",
// "¿Quién fue el genio…?"), and a question withdrawn at once ("Never mind, just saw the banner", "hat sich erledigt")
// asks nothing in any language. The members are tokens as questionTokens reads them (folded: lower case, no accents);
// a pair is two tokens joined by '_', '<' the post's start and '>' its end. The weights fold into those of the members
// (buildWeights), so scoring a post costs nothing more.

/** Each concept's member words: each occurrence of one adds "c:<concept>". */
export const CONCEPT_WORDS: Readonly<Record<string, readonly string[]>> = {
  // A decision mocked by naming its maker a genius: "Which genius decided…?", "Quel génie…", "Welches Genie…".
  genius: ['genius', 'genie', 'genio', 'mastermind', 'einstein', 'cerebrito'],
  // A question withdrawn by its poster: "nvm, found it", "hat sich erledigt".
  withdrawn: ['nevermind', 'nvm', 'erledigt'],
  // A service mocked as slower than an animal or a bird: "by pigeon?", "per Brieftaube?", "à dos d'escargot ?".
  mode: ['brieftaube', 'pigeon', 'snail', 'tortuga', 'escargot', 'schnecke'],
};

/** Each concept's member pairs of neighbouring tokens ("since_when"): each occurrence adds "c:<concept>". */
export const CONCEPT_PAIRS: Readonly<Record<string, readonly string[]>> = {
  // A reproach of a change: "Since when does…?", "Seit wann…?", "Depuis quand…?", "¿Desde cuándo…?", "¿Hasta cuándo?".
  sincewhen: ['since_when', 'seit_wann', 'depuis_quand', 'desde_cuando', 'hasta_cuando'],
  // Asked of everyone else: "Am I the only one…?", "Bin ich der Einzige…?", "¿Soy la única…?", "Je suis le seul… ?".
  onlyone: ['only_one', 'der_einzige', 'die_einzige', 'la_unica', 'el_unico', 'le_seul', 'la_seule'],
  // Disbelief shared with the reader: "Can you believe…?", "Vous vous rendez compte ?", "¿Os podéis creer…?".
  believe: ['you_believe', 'rendez_compte', 'rends_compte', 'podeis_creer', 'puedes_creer', 'pueden_creer', 'ihr_vorstellen', 'glaubt_man'],
  withdrawn: ['never_mind', 'found_it', 'sich_erledigt', 'lo_vi', 'lo_encontre', 'ai_trouve', 'laissez_tomber', 'just_saw', 'oh_wait', 'schon_gefunden', 'ya_esta'],
  // Whether anyone at the brand reads or works at all: "Is anyone actually reading these?", "¿Alguien lee…?".
  reach: [
    'anyone_actually', 'anybody_actually', 'anyone_even', 'anybody_even', 'actually_reading', 'even_reading', 'actually_working',
    'even_working', 'actually_monitoring', 'alguien_lee', 'jemand_wach', 'noch_jemand', "quelqu'un_lit", 'anyone_awake',
    'anyone_home', 'alguien_despierto', "quelqu'un_chez", 'alguien_vivo',
  ],
  // A greeting asked of no one before an outage: "Hello?? Anyone there?", "Allô ?? Y a quelqu'un ?".
  hello: ['hello_??', 'hallo_??', 'allo_??', 'hola_??', 'hello_?', 'hallo_?', 'allo_?', 'hola_?', 'coucou_?'],
  // A decision blamed on its maker: "Who decided…?", "Qui a validé… ?", "Wer hat entschieden…?", "¿Quién decidió…?".
  decided: ['who_decided', 'who_thought', 'who_approved', 'a_decide', 'a_valide', 'hat_entschieden', 'quien_decidio', 'quien_aprobo', 'wer_kam', 'whose_idea', 'idee_de', 'le_ocurrio'],
  mode: ['by_horse', 'carrier_pigeon', 'paloma_mensajera', "dos_d'ane", 'by_snail', 'by_pigeon', 'per_brieftaube'],
  // A one-word echo of disbelief closing a sentence: "Seriously?", "Sérieux ?", "¿En serio?", "Im Ernst?", "…, right?".
  seriously: ['seriously_?', 'serieux_?', 'serio_?', 'ernst_?', 'really_?', 'vraiment_?', 'wirklich_?', 'franchement_?', 'ehrlich_?', 'right_?'],
  // Help or information asked without a mark: "need help with…", "J'aurais besoin d'aide", "Ich bitte um…", "Quisiera que…".
  help: [
    'need_help', 'need_a', 'looking_for', "besoin_d'aide", 'aurais_besoin', 'brauche_hilfe', 'necesito_ayuda', 'bitte_um', 'ich_bitte',
    'quisiera_que', 'souhaiterais_obtenir', 'would_like', 'voudrais_savoir', 'voulais_savoir', 'juste_savoir', 'wollte_fragen', 'ne_frage',
    'une_question', 'una_pregunta', 'eine_frage', 'quick_question', 'wondering_if', 'wondering_whether', 'me_gustaria', 'quisiera_saber',
    'wurde_gerne', 'gerne_wissen', 'help_with', 'hand_with',
  ],
  // A follow-up or request closing the post: "what next", "next step", "… asap", "… please", "… bitte".
  next: ['what_next', 'next_step', 'what_now', 'explain_>', 'next_>', 'now_>', 'asap_>', 'please_>', 'svp_>', 'bitte_>', 'porfa_>', 'plz_>', 'pls_>'],
};
