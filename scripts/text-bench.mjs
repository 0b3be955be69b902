// Text-detector bench: scores language, question and complaint detection on the labelled post sets of fixtures/text/,
// per language and overall, from the built dist/, beside the figures each blind set got at first sight; then measures
// throughput. `--errors` also lists every post a detector got wrong.
//
// The sets were written in rounds, each blind (written and labelled before the detectors saw it), scored at first
// sight, then used for tuning — so today's figures on a set are in-sample once it has been tuned on:
//   labelled-posts.json, rounds 1-4 (504 posts); first sight of the blind rounds:
//     round 2 (120 posts): questions P 0.96 R 0.91, complaints P 1.00 R 0.25, language 1.00
//     round 3  (80 posts): questions P 0.96 R 0.69, complaints P 1.00 R 0.25, language 0.99
//     round 4  (40 posts): questions P 1.00 R 0.63, complaints P 1.00 R 0.00, language 1.00
//   holdout-posts.json, round 5 (184 posts, 46 per language): questions P 0.98 R 0.88, complaints P 0.93 R 0.68
//   blind-posts.json, round 6 (320 posts, 80 per language: sarcasm, complaints phrased as questions, plain problem
//     reports, rhetorical and reproachful questions, relative clauses, indirect and SMS-style questions, questions
//     with no punctuation) and care-posts.json (100 customer-care English posts, @brand-style): first sight per
//     language in FIRST_SIGHT below — questions P 0.69 R 0.68, complaints P 0.97 R 0.28 over the 320.
//   final-posts.json and final-care-posts.json, round 7 (160 + 40), written after the round-6 tuning.
//   round8-posts.json and round8-care-posts.json, round 8 (96 + 24), written after the round-7 tuning and the complaint
//     model: the latest estimate on unseen posts — questions P 0.91 R 0.94, complaints P 0.90 R 0.47 (fan posts);
//     questions P 1.00 R 1.00, complaints P 1.00 R 0.67 (customer care).
//   round9-posts.json and round9-care-posts.json, round 9 (80 + 20), written after the round-8 tuning, the model's
//     concepts and its new threshold: first sight questions P 0.97 R 0.94, complaints P 0.85 R 0.88 (fan posts);
//     questions P 1.00 R 1.00, complaints P 0.91 R 0.83 (customer care); then tuned on and trained on.
//   round10-posts.json and round10-care-posts.json, round 10 (96 + 24), written and labelled before the round-9
//     tuning, scored once after it (questions P 0.82 R 0.98, complaints P 0.84 R 0.78 on fan posts; questions P 1.00
//     R 1.00, complaints P 0.87 R 1.00 on customer care), then tuned and trained on. Its first sight showed echoes of
//     an announcement ("Gewinnspiel? Da bin ich dabei!") and tags closing a remark ("…, right?", "…, oder?",
//     "…, ¿verdad?") counted as questions; mock reproaches over praise and fee questions counted as complaints; mixed
//     praise-and-problem posts ("Love your coffee but the last bag tasted stale") and sarcasm without a trouble word
//     missed. The next blind round is the estimate on unseen posts.
//   round11-posts.json and round11-care-posts.json, round 11 (200 + 50), written and labelled by a hand that never read
//     the detectors, scored at first sight (FIRST_SIGHT below) and once more after the round-10 tuning, still unseen
//     (fan posts questions P 0.83 R 0.92, complaints P 0.79 R 0.78; care English q 1.00/0.88, c 0.84/0.90); then tuned
//     and trained on: in-sample. Its errors by class: praise in question form ("How dare you…", "Why didn't I find
//     this sooner"), a figure asked back with '??' or '?!' (an outrage, not a question), echoes before "¡Por fin!",
//     tags after "best … you've ever made", "confirm if" / "keen to know whether" questions, German reflexive
//     verb-first questions and relative clauses before a main clause; complaints asked as "why did you charge me",
//     ironic decisions ("What a brilliant idea to close…"), the old recipe wanted back, endless loading; solved
//     problems praised and fee questions read as complaints.
//   round12-posts.json and round12-care-posts.json, round 12 (160 + 40), written and labelled by a hand that never read
//     the detectors, before the round-11 tuning; scored at first sight (FIRST_SIGHT below) and once after that tuning,
//     still unseen (fan posts questions P 0.86 R 0.95, complaints P 0.98 R 0.77 — fr 0.92/0.71, en 1.00/0.67, de
//     1.00/0.86, es 1.00/0.86; care English questions 0.89/0.89, complaints P 0.94 R 0.67); then tuned on for
//     questions and complaints and trained on: in-sample. Its question errors by class: tags closing praise, an
//     opinion or a reproach ("Bestes Schnitzel in ganz Graz, oder?"), disbelief and mockery ("¿De verdad creen
//     que…?", "…ou c'est purement décoratif ?"), a price echoed then turned down; missed "je cherche comment…",
//     "u guys open new years day". Its complaint misses by class: sarcasm without a trouble word ("Stellar work,
//     truly"), plain reports in everyday words ("barely worked", "se congela"), complaints asked as questions
//     ("is the network down?"); false alarms on a warranty question and a refund praised for coming in two days.
//   round13-posts.json and round13-care-posts.json (200 + 50), and round14-posts.json and round14-care-posts.json
//     (200 + 50, regional variants of the four languages), each written and labelled by a separate hand that never read
//     the detectors, after the round-11 tuning; scored at first sight (FIRST_SIGHT below) before any change made for
//     rounds 12-14. Round 14 was then tuned on (in-sample) and trained on. Its errors
//     by class: questions quoted in an anecdote ("my kid asked 'why is…?'", « est-ce qu'on peut… ? »), Spanish
//     exclamations without '¡' ("Qué hotel tan bonito"), reproaches in question form ("Ob ihr wohl auch mal an …
//     denkt?", "¿Quién fue el genio que…?", "What is the point of…", "Pourquoi faire simple…"), praise seeking
//     agreement ("Wasn't the concert brilliant?", "¿Verdad que… es otro nivel?", "Läuft bei euch, oder?"); polite
//     requests, indirect and regional questions missed ("Kindly revert", "Bitte um Info, ob", "Que alguien me
//     explique", "habt's ihr", "A qué hora abren", "a alguien más le pasa"); complaints missed as sarcasm without a
//     trouble word ("Merci pour la balade", "Interesting definition of unlimited"), a customer leaving ("me cambio de
//     compañía"), plain fault reports (noises, smells, a pet made ill, a broken promise); troubles that were not the
//     brand's (a bad day relieved, a former provider) read as complaints. Round 13, never opened during that tuning,
//     moved little (questions P 0.78 -> 0.81, complaints P 0.83 -> 0.88); it was then tuned and trained on in its turn
//     (reproaches asked as questions, a brand's claim quoted back, an order status stuck, everyday fault reports, damage
//     shown, prices risen again).
//   round15-posts.json and round15-care-posts.json (160 + 40), written and labelled by a fourth hand that never read the
//     detectors, after the tuning on rounds 12 and 14 and before any change made for round 13; scored at first sight.
//     The question model (src/text/question-model.ts: a veto of the patterns' question, an addition to a post without a
//     mark, where the model is confident), trained by scripts/train-question-model.mjs on every set here but round 15,
//     moved round 15's questions, still unseen, from P 0.85 R 0.92 to P 0.89 R 0.96 (fan posts) and from 0.86 / 0.90 to
//     0.87 / 0.95 (care). Its thresholds were chosen on rounds 8-14 left out of its training in turn, with the patterns'
//     first-sight verdicts on them (fixtures/first-sight/questions.json): P 0.83 R 0.92 alone, P 0.90 R 0.96 with it.
//   round16-posts.json and round16-care-posts.json (200 + 50), written and labelled by a fifth hand that never read the
//     detectors, after the tuning on rounds 12-14 and before any change made for round 15; scored at first sight
//     (fan posts questions P 0.85 R 0.98, complaints P 0.86 R 0.80; care English q 0.96/1.00, c 0.91/0.95); never looked
//     at, tuned or trained on since.
//   round17-posts.json and round17-care-posts.json (200 + 50), written and labelled by a sixth hand that never read the
//     detectors, after the question model and the complaint model's rework; scored at first sight (fan posts questions
//     P 0.85 R 0.98, complaints P 0.90 R 0.70; care English q 0.96/1.00, c 0.89/0.73): with round 16, the estimate of
//     that code on unseen posts (the two rounds differ by 0.14 in fan complaint recall: rounds of 200 posts swing).
//   round18-posts.json and round18-care-posts.json (200 + 50), written and labelled by a seventh hand that never read the
//     detectors, scored at first sight on the same code (fan posts questions P 0.89 R 0.97, complaints P 0.92 R 0.89;
//     care English q 0.95/1.00, c 0.89/0.74): the third estimate of it, and the round kept unseen for the next work
//     (only its totals were looked at while the two models were retrained with rounds 15-17 and the second corpus).
//   round19-posts.json and round19-care-posts.json (200 + 50), written and labelled by an eighth hand that never read
//     the detectors, scored at first sight on the code round 18 was (fan posts questions P 0.74 R 0.95, complaints
//     P 0.83 R 0.69; care English q 0.89/0.96, c 1.00/0.76), real brand names then replaced by invented ones (the same
//     figures); never looked at since but for its totals at the end of that retraining.
//   Rounds 18 and 19 were then read (their errors are listed by --errors) and trained on by both models, each a fold of
//   the held-out rounds their thresholds are chosen on, once another hand wrote round 20 as the estimate on unseen posts.
//   Their first-sight figures stay in FIRST_SIGHT; their rows are in-sample.
//   round20-posts.json and round20-care-posts.json (200 + 50), written and labelled by a ninth hand that never read
//     the detectors, scored at first sight on the code with both models' rework (before rounds 18 and 19 trained them):
//     fan posts questions P 0.88 R 0.95, complaints P 0.96 R 0.74; care English q 0.93/1.00, c 0.88/0.63. The code
//     before that rework scored it q P 0.75 R 0.94, c P 0.93 R 0.66 (care q 0.90/1.00, c 0.88/0.58); the code after
//     rounds 18 and 19 trained both models (dc408f3) q P 0.90 R 0.95, c P 0.94 R 0.73 (care q 0.90/1.00, c 0.88/0.63).
//     Scored once more, still unseen, on the models trained with the third corpus (05de4fb), before training on it: fan
//     posts questions P 0.88 R 0.95, complaints P 0.94 R 0.77 (fr q 0.86/0.90, c 0.95/0.90; en 0.90/0.95, 0.94/0.73;
//     de 0.83/1.00, 0.89/0.81; es 0.95/0.95, 1.00/0.64); care English q 0.90/1.00, c 0.89/0.67. Then, once another
//     hand wrote round 21 as the estimate on unseen posts, trained on by both models and made a held-out fold of each
//     (never read or tuned on by the patterns): in-sample since.
//   round21-posts.json and round21-care-posts.json (200 + 50), written and labelled by a tenth hand that never read
//     the detectors, scored at first sight on the code round 20 was last scored on (dc408f3): fan posts questions
//     P 0.91 R 0.95, complaints P 0.90 R 0.82; care English q 1.00/0.87, c 1.00/0.79 (two of its texts, without labels,
//     met the eyes of the hand retraining the models on the third corpus, in a search for real brand names; nothing was
//     tuned on them). Scored once more, still unseen, on the code round 22 was first scored on (82d6c57), before
//     training on it: fan posts questions P 0.93 R 0.93, complaints P 0.91 R 0.86; care English q 1.00/0.91,
//     c 1.00/0.86. Then, once another hand wrote round 22 as the estimate on unseen posts, read, trained on by both
//     models and made a held-out fold of each: in-sample since.
//   round22-posts.json and round22-care-posts.json (200 + 50), written and labelled by an eleventh hand that never read
//     the detectors, scored at first sight on the code at the end of the work round 21 judged (82d6c57): fan posts
//     questions P 0.89 R 0.95, complaints P 0.90 R 0.86; care English q 0.92/1.00, c 0.87/1.00. On that code round 21,
//     still unseen, scored q P 0.93 R 0.93, c P 0.91 R 0.86 (care q 1.00/0.91, c 1.00/0.86). Its totals were looked
//     at after round 21 and the fourth corpus trained both models and the question work that followed (0eaa125: fan
//     posts q P 0.92 R 0.97, c P 0.90 R 0.87; care English q 0.92/1.00, c 0.89/0.96), and last scored while unseen on
//     the code at the end of that work (0234423): fan posts q P 0.92 R 0.97, c P 0.93 R 0.87; care English q
//     0.92/1.00, c 0.89/0.96. Then, once another hand wrote round 23 as the estimate on unseen posts, read, trained on
//     by both models and made a held-out fold of each (its patterns' first-sight question verdicts recorded on
//     82d6c57): in-sample since.
//   round23-posts.json and round23-care-posts.json (200 + 50), written and labelled by a twelfth hand that never read
//     the detectors, scored at first sight on the code at the end of the work round 22 judged while unseen (0234423):
//     fan posts questions P 0.92 R 0.95, complaints P 0.91 R 0.94; care English q 1.00/0.74, c 0.93/1.00. On that code
//     round 22, still unseen, scored q P 0.92 R 0.97, c P 0.93 R 0.87 (care q 0.92/1.00, c 0.89/0.96). Last scored
//     while unseen on the code at the end of the work round 23 judged (498e6ce): fan posts q P 0.93 R 0.95, c P 0.91
//     R 0.94; care English q 1.00/0.74, c 0.96/1.00. Then, once another hand wrote round 24 as the estimate on unseen
//     posts, read, trained on by both models and made a held-out fold of each (its patterns' first-sight question
//     verdicts recorded on 0234423): in-sample since.
//   round24-posts.json and round24-care-posts.json (200 + 50), written and labelled by a thirteenth hand that never
//     read the detectors, scored at first sight on the code at the end of the work round 23 judged while unseen
//     (498e6ce): fan posts questions P 0.89 R 0.94, complaints P 0.95 R 0.90; care English q 0.95/0.83, c 0.96/0.85.
//     On that code round 23, still unseen, scored q P 0.93 R 0.95, c P 0.91 R 0.94 (care q 1.00/0.74, c 0.96/1.00).
//     Last scored while unseen on the code at the end of the work round 24 judged (c300f22): fan posts q P 0.90 R 0.93,
//     c P 0.95 R 0.90; care English q 0.95/0.88, c 0.96/0.85. Then, once another hand wrote round 25 as the estimate on
//     unseen posts, read, trained on by both models and made a held-out fold of each (its patterns' first-sight
//     question verdicts recorded on 498e6ce): in-sample since.
//   round25-posts.json and round25-care-posts.json (200 + 50), written and labelled by a fourteenth hand that never
//     read the detectors, scored at first sight on the code at the end of the work round 24 judged while unseen
//     (c300f22): fan posts questions P 0.97 R 0.94, complaints P 0.94 R 0.95; care English q 0.93/0.93, c 0.96/0.88.
//     On that code round 24, still unseen, scored q P 0.90 R 0.93, c P 0.95 R 0.90 (care q 0.95/0.88, c 0.96/0.85).
//     Last scored while unseen on the code at the end of the work round 25 judged (97329f3): fan posts q P 0.99 R 0.94,
//     c P 0.96 R 0.94; care English q 0.96/0.93, c 0.96/0.88. Then, once another hand wrote round 26 as the estimate on
//     unseen posts, read, trained on by both models and made a held-out fold of each (its patterns' first-sight
//     question verdicts recorded on c300f22): in-sample since.
//   round26-posts.json and round26-care-posts.json (200 + 50), written and labelled by a fifteenth hand that never
//     read the detectors, scored at first sight on the code at the end of the work round 25 judged while unseen
//     (97329f3): fan posts questions P 0.96 R 0.95, complaints P 0.91 R 0.91; care English q 0.96/0.96, c 1.00/0.96.
//     On that code round 25, still unseen, scored q P 0.99 R 0.94, c P 0.96 R 0.94 (care q 0.96/0.93, c 0.96/0.88).
//     Last scored while unseen on the code at the end of the work round 26 judged (39200a5): fan posts q P 0.96 R 0.95,
//     c P 0.92 R 0.88; care English q 0.96/0.96, c 1.00/0.96. Then, once another hand wrote round 27 as the estimate on
//     unseen posts, read, trained on by both models and made a held-out fold of each (its patterns' first-sight
//     question verdicts recorded on 97329f3): in-sample since.
//   round27-posts.json and round27-care-posts.json (200 + 50), written and labelled by a sixteenth hand that never
//     read the detectors, scored at first sight on the code at the end of the work round 26 judged while unseen
//     (39200a5): fan posts questions P 0.96 R 0.98, complaints P 0.87 R 0.77 (French 0.75 / 0.68, Spanish recall
//     0.65); care English q 0.96/0.93, c 0.96/0.92. On that code round 26, still unseen, scored q P 0.96 R 0.95,
//     c P 0.92 R 0.88 (care q 0.96/0.96, c 1.00/0.96). Last scored while unseen on the code at the end of the work
//     round 27 judged (1720261): fan posts q P 0.96 R 0.96, c P 0.87 R 0.77; care English q 0.97/0.97, c 0.96/0.92.
//     Then, once another hand wrote round 28 as the estimate on unseen posts, read, trained on by both models and made
//     a held-out fold of each (its patterns' first-sight question verdicts recorded on 39200a5): in-sample since.
//   round28-posts.json and round28-care-posts.json (200 + 50), written and labelled by a seventeenth hand that never
//     read the detectors, scored at first sight on the code at the end of the work round 27 judged while unseen
//     (1720261): fan posts questions P 0.98 R 0.98, complaints P 0.90 R 0.85 (English precision 0.83, Spanish recall
//     0.71); care English q 1.00/0.88, c 1.00/0.88. On that code round 27, still unseen, scored q P 0.96 R 0.96,
//     c P 0.87 R 0.77 (care q 0.97/0.97, c 0.96/0.92). Last scored while unseen on the code at the end of the work
//     round 28 judged (d47e709): fan posts q P 0.98 R 0.98, c P 0.92 R 0.85; care English q 0.96/0.88, c 1.00/0.92.
//     Then, once another hand wrote round 29 as the estimate on unseen posts, read, trained on by both models and made
//     a held-out fold of each (its patterns' first-sight question verdicts recorded on 1720261): in-sample since.
//   round29-posts.json and round29-care-posts.json (200 + 50), written and labelled by an eighteenth hand that never
//     read the detectors, scored at first sight on the code at the end of the work round 28 judged while unseen
//     (d47e709): fan posts questions P 0.95 R 0.95 (English recall 0.85, Spanish precision 0.90), complaints P 0.96
//     R 0.88 (French recall 0.81, Spanish 0.86); care English q 0.96/0.89, c 1.00/0.96. On that code round 28, still
//     unseen, scored q P 0.98 R 0.98, c P 0.92 R 0.85 (care q 0.96/0.88, c 1.00/0.92). Last scored while unseen on the
//     code at the end of the work round 29 judged (e8b88e1): fan posts q P 0.97 R 0.95, c P 0.96 R 0.89; care English
//     q 0.96/0.93, c 1.00/0.96. Then, once another hand wrote round 30 as the estimate on unseen posts, read, trained
//     on by both models and made a held-out fold of each (its patterns' first-sight question verdicts recorded on
//     d47e709): in-sample since.
//   round30-posts.json and round30-care-posts.json (200 + 50), written and labelled by a nineteenth hand that never
//     read the detectors, scored at first sight on the code at the end of the work round 29 judged while unseen
//     (e8b88e1): fan posts questions P 0.96 R 0.95 (French recall 0.90), complaints P 0.95 R 0.91 (French and German
//     precision 0.91, English and Spanish recall 0.86); care English q 1.00/0.88, c 0.92/1.00. On that code round 29,
//     still unseen, scored q P 0.97 R 0.95, c P 0.96 R 0.89 (care q 0.96/0.93, c 1.00/0.96). Never read, tuned or
//     trained on while it was the estimate on unseen posts. After the question classes of round 29 and the twelfth
//     corpus and the question model retrained with them (7a1fd48): q P 0.96 R 0.94, care q 0.96/0.88 (complaints
//     unchanged). Last scored while unseen on the code at the end of the work round 30 judged (be90c8e): fan posts
//     q P 0.96 R 0.94 (French recall 0.86), c P 0.95 R 0.91; care English q 0.96/0.88, c 0.92/1.00. Then, once another
//     hand wrote round 31 as the estimate on unseen posts, read, trained on by both models and made a held-out fold of
//     each (its patterns' first-sight question verdicts recorded on e8b88e1): in-sample since.
//   round31-posts.json and round31-care-posts.json (200 + 50), written and labelled by a twentieth hand that never
//     read the detectors, scored at first sight on the code at the end of the work round 30 judged while unseen
//     (be90c8e): fan posts questions P 0.97 R 0.99, complaints P 0.99 R 0.84 (English recall 0.78, Spanish 0.82, German
//     0.86); care English q 1.00/0.93, c 1.00/0.96. On that code round 30, still unseen, scored q P 0.96 R 0.94, c P 0.95
//     R 0.91 (care q 0.96/0.88, c 0.92/1.00). Never read, tuned or trained on while it was the estimate on unseen
//     posts. Last scored while unseen on the code at the end of the work round 31 judged (76f9a18): fan posts q P 0.98
//     R 0.99, c P 0.99 R 0.82 (German recall 0.82, Spanish 0.77, English 0.78); care English q 1.00/0.96, c 1.00/0.96.
//     Then, once another hand wrote round 32 as the estimate on unseen posts, read, trained on by both models and made
//     a held-out fold of each (its patterns' first-sight question verdicts recorded on be90c8e): in-sample since.
//   round32-posts.json and round32-care-posts.json (200 + 50), written and labelled by a twenty-first hand that never
//     read the detectors, scored at first sight on the code at the end of the work round 31 judged while unseen
//     (76f9a18): fan posts questions P 0.98 R 0.97 (English recall 0.91), complaints P 0.95 R 0.90 (French precision
//     0.88, Spanish recall 0.83, German 0.87); care English q 1.00/1.00, c 0.96/0.88. On that code round 31, still
//     unseen, scored q P 0.98 R 0.99, c P 0.99 R 0.82 (care q 1.00/0.96, c 1.00/0.96). Never read, tuned or trained
//     on while it was the estimate on unseen posts. Last scored while unseen on the code at the end of the work round 32
//     judged (7040fca): fan posts q P 0.98 R 0.97, c P 0.96 R 0.92 (French precision 0.88, Spanish recall 0.83); care
//     English q 1.00/1.00, c 1.00/0.88. Then, once another hand wrote round 33 as the estimate on unseen posts, read,
//     trained on by both models and made a held-out fold of each (its patterns' first-sight question verdicts recorded
//     on 76f9a18): in-sample since.
//   round33-posts.json and round33-care-posts.json (200 + 50, most posts two to four sentences), written and labelled
//     by a twenty-second hand that never read the detectors, scored at first sight on the code at the end of the work
//     round 32 judged while unseen (7040fca): fan posts questions P 1.00 R 0.97, complaints P 0.93 R 0.96 (English
//     precision 0.88, Spanish 0.92); care English q 1.00/1.00, c 0.96/0.88. On that code round 32, still unseen, scored
//     q P 0.98 R 0.97, c P 0.96 R 0.92 (care q 1.00/1.00, c 1.00/0.88). Never read, tuned or trained on while it was
//     the estimate on unseen posts. Last scored while unseen on the code at the end of the work round 33 judged
//     (b2055c3): fan posts q P 1.00 R 0.97, c P 0.93 R 0.94 (English precision 0.88, Spanish 0.92); care English q
//     1.00/1.00, c 1.00/0.92. Then, once another hand wrote round 34 as the estimate on unseen posts, read, trained on
//     by both models and made a held-out fold of each (its patterns' first-sight question verdicts recorded on
//     7040fca): in-sample since.
//   round34-posts.json and round34-care-posts.json (200 + 50, most posts replies in threads under a brand's or a fan's
//     post), written and labelled by a twenty-third hand that never read the detectors, scored at first sight on the
//     code at the end of the work round 33 judged while unseen (b2055c3): fan posts questions P 0.98 R 0.90,
//     complaints P 0.99 R 0.85 (German recall 0.73, English 0.86); care English q 0.96/0.93, c 1.00/0.94. On that code
//     round 33, still unseen, scored q P 1.00 R 0.97, c P 0.93 R 0.94 (care q 1.00/1.00, c 1.00/0.92). Never read,
//     tuned or trained on while it was the estimate on unseen posts. Last scored while unseen on the code at the end of
//     the work round 34 judged (562e404): fan posts q P 0.98 R 0.90, c P 0.99 R 0.86 (German recall 0.73, Spanish
//     0.95); care English q 0.96/0.93, c 1.00/0.94. Then, once another hand wrote round 35 as the estimate on unseen
//     posts, read, trained on by both models and made a held-out fold of each (its patterns' first-sight question
//     verdicts recorded on b2055c3): in-sample since.
//   round35-posts.json and round35-care-posts.json (200 + 50, comments under brands' posts, many voice-typed without
//     punctuation, many mixing languages, some tagging a friend), written and labelled by a twenty-fourth hand that
//     never read the detectors, scored at first sight on the code at the end of the work round 34 judged while unseen
//     (562e404): fan posts questions P 0.99 R 0.90 (French recall 0.83), complaints P 0.96 R 0.87 (German recall
//     0.82); care English q 0.93/1.00, c 0.96/0.85. On that code round 34, still unseen, scored q P 0.98 R 0.90, c P
//     0.99 R 0.86 (care q 0.96/0.93, c 1.00/0.94). Never read, tuned or trained on while it was the estimate on unseen
//     posts. Last scored while unseen on the code at the end of the work round 35 judged (cb50a4b): fan posts q P 0.99
//     R 0.89 (French recall 0.83), c P 0.97 R 0.85 (German 0.94/0.77); care English q 0.93/1.00, c 0.96/0.85. Then,
//     once another hand wrote round 36 as the estimate on unseen posts, read, trained on by both models and made a
//     held-out fold of each (its patterns' first-sight question verdicts recorded on 562e404): in-sample since.
//   round36-posts.json and round36-care-posts.json (200 + 50, review-style and reply-thread posts: longer reviews with
//     a rating and a verdict, replies quoting the brand's earlier answer, reports back after a fix, mixed reviews,
//     lengths up to 600 characters), written and labelled by a twenty-fifth hand that never read the detectors, scored
//     at first sight on the code at the end of the work round 35 judged while unseen (cb50a4b): fan posts questions P
//     0.94 R 0.89, complaints P 0.81 R 0.91 (Spanish precision 0.76, German 0.79, English 0.80/0.80); care English q
//     1.00/1.00, c 1.00/0.82. On that code round 35, still unseen, scored q P 0.99 R 0.89, c P 0.97 R 0.85 (care q
//     0.93/1.00, c 0.96/0.85). Never read, tuned or trained on while it was the estimate on unseen posts. Last scored
//     while unseen on the code at the end of the work round 36 judged (ba7937a): fan posts q P 0.94 R 0.88 (German
//     recall 0.86), c P 0.81 R 0.91; care English q 1.00/1.00, c 1.00/0.82. Then, once another hand wrote round 37 as
//     the estimate on unseen posts, read, trained on by both models and made a held-out fold of each (its patterns'
//     first-sight question verdicts recorded on cb50a4b): in-sample since.
//   round37-posts.json and round37-care-posts.json (200 + 50, conversation fragments and posts about pictures: very
//     short replies in a brand's thread, private messages pasted publicly after no answer, posts describing the photo
//     or screenshot they attach, tagged-friend posts, emoji posts; 40% under 40 characters, none over 450), written
//     and labelled by a twenty-sixth hand that never read the detectors, scored at first sight on the code at the end
//     of the work round 36 judged while unseen (ba7937a): fan posts questions P 0.90 R 0.95 (French precision 0.85,
//     English 0.84), complaints P 0.90 R 0.87 (French recall 0.80, English precision 0.82), language found 0.96
//     (English 0.92: short posts); care English q 1.00/1.00, c 0.96/0.92. On that code round 36, still unseen, scored q
//     P 0.94 R 0.88, c P 0.81 R 0.91 (care q 1.00/1.00, c 1.00/0.82). Never read, tuned or trained on while it was the
//     estimate on unseen posts. Last scored while unseen on the code at the end of the work round 37 judged (2edcfa3):
//     fan posts q P 0.90 R 0.96, c P 0.90 R 0.87, language 0.98; care English q 1.00/1.00, c 0.96/0.92. Then, once
//     another hand wrote round 38 as the estimate on unseen posts, read, trained on by both models and made a held-out
//     fold of each (its patterns' first-sight question verdicts recorded on ba7937a): in-sample since.
//   round38-posts.json and round38-care-posts.json (200 + 50, posts with links, hashtags and pasted text: order-tracking
//     and screenshot links, hashtag runs, several @mentions, formal letters and e-mails pasted in, marketplace and
//     product-page questions, the brand's automatic messages and terms quoted back; a quarter under 60 characters, none
//     over 600), written and labelled by a twenty-seventh hand that never read the detectors, scored at first sight on
//     the code at the end of the work round 37 judged while unseen (2edcfa3): fan posts questions P 0.95 R 0.93 (French
//     recall 0.84), complaints P 0.81 R 0.96 (German precision 0.76, Spanish 0.81, French 0.83), language found 0.99;
//     care English q 1.00/0.96, c 0.96/1.00. On that code round 37, still unseen, scored q P 0.90 R 0.96, c P 0.90 R
//     0.87 (care q 1.00/1.00, c 0.96/0.92). Never read, tuned or trained on while it was the estimate on unseen posts.
//     Last scored while unseen on the code at the end of the work round 38 judged (581e63d): fan posts q P 0.95 R 0.93,
//     c P 0.81 R 0.95, language 0.99; care English q 1.00/0.96, c 0.96/0.96. Then, once another hand wrote round 39 as
//     the estimate on unseen posts, read, trained on by both models and made a held-out fold of each (its patterns'
//     first-sight question verdicts recorded on 2edcfa3): in-sample since.
//   round39-posts.json and round39-care-posts.json (200 + 50, posts as they arrive from other channels and in several
//     parts: app-store and review-site reviews with their stars and title, numbered multi-part threads written as one
//     post, dictated voice-assistant transcripts without punctuation, posts switching language midway; a quarter under
//     60 characters, none over 600), written and labelled by a twenty-eighth hand that never read the detectors, scored
//     at first sight on the code at the end of the work round 38 judged while unseen (581e63d): fan posts questions
//     P 0.99 R 0.87 (German recall 0.83), complaints P 0.87 R 0.88 (English precision 0.81, German recall 0.78),
//     language found 0.99; care English q 1.00/0.87, c 0.89/0.86. On that code round 38, still unseen, scored q P 0.95
//     R 0.93, c P 0.81 R 0.95 (care q 1.00/0.96, c 0.96/0.96). Never read, tuned or trained on while it was the
//     estimate on unseen posts. Last scored while unseen on the code at the end of the work round 39 judged (0079344):
//     fan posts q P 0.99 R 0.90, c P 0.90 R 0.89, language 0.99; care English q 1.00/0.87, c 0.89/0.86. Then, once
//     another hand wrote round 40 as the estimate on unseen posts, read, trained on by both models and made a held-out
//     fold of each (its patterns' first-sight question verdicts recorded on 581e63d): in-sample since.
//   round40-posts.json and round40-care-posts.json (200 + 50, replies in a brand's thread quoting its post or slogan
//     before answering it, posts with lists and bullets — steps tried, items missing, pros and cons —, long rants and
//     detailed posts of 600 to 900 characters with a question buried or only rhetorical ones, grievances about
//     marketplace sellers, delivery partners and franchisees brought to the brand), written and labelled by a
//     twenty-ninth hand that never read the detectors, scored at first sight on the code at the end of the work round
//     39 judged while unseen (0079344): fan posts questions P 0.92 R 0.91 (French recall 0.81, Spanish precision 0.88),
//     complaints P 0.90 R 0.93 (German precision 0.83), language found 1.00; care English q 1.00/0.96, c 0.92/0.85. On
//     that code round 39, still unseen, scored q P 0.99 R 0.90, c P 0.90 R 0.89 (care q 1.00/0.87, c 0.89/0.86). Never
//     read, tuned or trained on while it was the estimate on unseen posts. Last scored while unseen on the code at
//     the end of the work round 40 judged (2c1cbde): fan posts q P 0.92 R 0.91, c P 0.90 R 0.93, language 1.00; care
//     English q 1.00/0.96, c 0.95/0.81. Then, once another hand wrote round 41 as the estimate on unseen posts, read,
//     trained on by both models and made a held-out fold of each (its patterns' first-sight question verdicts recorded
//     on 0079344): in-sample since.
//   round41-posts.json and round41-care-posts.json (200 + 50, replies in a thread to another fan rather than to the
//     brand, screenshots and attachments described in text, emoji-only reactions and emoji standing for words,
//     sarcasm carried by hashtags, subscriptions, renewals and cancellations, dictated voice-note run-ons with fillers;
//     none over 160 characters), written and labelled by a thirtieth hand that never read the detectors, scored at
//     first sight on the code at the end of the work round 40 judged while unseen (2c1cbde): fan posts questions P 0.95
//     R 0.75 (German recall 0.70, French 0.75), complaints P 0.99 R 0.85 (German and Spanish recall 0.75), language
//     found 0.99; care English q 1.00/0.95, c 1.00/0.87. On that code round 40, still unseen, scored q P 0.92 R 0.91, c
//     P 0.90 R 0.93 (care q 1.00/0.96, c 0.95/0.81). Never read, tuned or trained on while it was the estimate on
//     unseen posts. Last scored while unseen on the code at the end of the work round 41 judged (096cde3): fan posts
//     q P 0.97 R 0.77, c P 0.99 R 0.84, language 0.99; care English q 1.00/0.95, c 1.00/0.91. Then, once another hand
//     wrote round 42 as the estimate on unseen posts, read, trained on by both models and made a held-out fold of each
//     (its patterns' first-sight question verdicts recorded on 2c1cbde): in-sample since.
//   round42-posts.json and round42-care-posts.json (200 + 50, posts tagging or comparing two brands, quote-posts of a
//     news article about the brand, figures laid out — invoice lines, bills month by month, a table of delays —,
//     several questions in one post with order numbers, polls and "which one?" posts, accessibility, words of other
//     scripts and loanwords, repeats counted and calm hypotheticals; none over 180 characters), written and labelled
//     by a thirty-first hand that never read the detectors, scored at first sight on the code at the end of the work
//     round 41 judged while unseen (096cde3): fan posts questions P 0.97 R 0.93 (English precision 0.90, Spanish
//     recall 0.89), complaints P 0.92 R 0.91 (English precision 0.86, German recall 0.85), language found 0.99; care
//     English q 1.00/0.95, c 0.91/1.00. On that code round 41, still unseen, scored q P 0.97 R 0.77, c P 0.99 R 0.84
//     (care q 1.00/0.95, c 1.00/0.91). Never read, tuned or trained on: the estimate on unseen posts.
//   class-posts.json (3,698 posts, fr/en/de/es and customer-care English), written for the error classes of rounds 10,
//     11, 12 and 14 and of every round and corpus read since, each class before its fix (sarcasm without a trouble word, everyday failure words, complaints asked
//     as questions, threats to leave, a quick refund praised; quoted questions, exclamations, reproaches, polite
//     requests, regional forms, faults, customers leaving), with the near misses that must stay apart (a tag after a
//     fact still asks, praise after a conceded small trouble is no complaint, "Quelle bonne idée ces petits formats" is
//     praise, "how do I close my account" asks, "Isn't the shop open on Sundays?" asks, a competitor's trouble "not you
//     though" praises): in-sample, and trained on. At their writing, before the fix of their class, the detector got
//     wrong 7 of the 32 sarcasm posts, 24 of the first 49 everyday-words posts, 9 of the 35 question posts (5 of them
//     plain "why…?" questions the model called complaints), 15 of the 28 threat posts and 3 of the 14 quick-refund
//     posts.
//   corpus-posts.json (800 posts, 200 per language) and corpus-care-posts.json (100), a training corpus written for
//     variety rather than for any round's errors (many sectors and regions, formal to SMS, hard negatives), by two hands
//     that never read the detectors; scored once before any training on it (fan posts questions P 0.84 R 0.89,
//     complaints P 0.88 R 0.78; care English q 1.00/0.95, c 0.88/0.75), then trained on.
//   corpus2-posts.json (800 posts, 200 per language) and corpus2-care-posts.json (100), a second training corpus
//     written for variety by two more hands that never read the detectors (real brand names replaced by invented ones);
//     scored once on the code round 18 was first scored on, before any training on it (fan posts questions P 0.84
//     R 0.96, complaints P 0.89 R 0.69; care English q 0.96/0.94, c 0.88/0.87), then trained on.
//   corpus3-posts.json (800 posts, 200 per language) and corpus3-care-posts.json (100), a third training corpus written
//     for variety by two more hands that never read the detectors (complaints told as plain facts and polite requests
//     among them; the few real product and service names replaced by invented ones, no label changed); scored once on
//     the code round 20 was last scored on (dc408f3), before any training on it (fan posts questions P 0.93 R 0.96,
//     complaints P 0.90 R 0.75; care English q 1.00/0.91, c 0.88/0.89), then trained on.
//   corpus4-posts.json (800 posts, 200 per language) and corpus4-care-posts.json (100), a fourth corpus written by two
//     more hands that never read the detectors, aimed at the open goals rather than at variety: English and French
//     question-shaped posts that ask the brand nothing (reproaches, rhetorical and sarcastic questions, questions to
//     friends or quoted) beside real questions that look like them, and German and Spanish complaints told as plain
//     facts, politely or in dialect, beside near misses with negative words; scored once on the code round 22 was first
//     scored on (82d6c57), before any training on it (fan posts questions P 0.83 R 0.95 — English 0.68 / 0.94, French
//     0.80 / 0.99 —, complaints P 0.88 R 0.74; care English q 0.87/0.96, c 0.95/0.95); then trained on by both models
//     and made a held-out fold of each, like the third corpus (its patterns' first-sight question verdicts recorded on
//     82d6c57): in-sample since.
//   corpus5-posts.json (600 posts: en 210, fr 100, de 170, es 120) and corpus5-care-posts.json (60), a fifth corpus
//     written by two more hands that never read the detectors, aimed at the goals still open: question-shaped posts that
//     ask nothing beside real questions that look like them (en/fr/de), and plain, understated and colloquial
//     complaints beside near misses (de/es/en); scored once on the code round 23 was first scored on (0234423), before
//     any training on it: fan posts questions P 0.81 R 0.96 (English 0.78 / 0.95, French 0.70 / 0.97), complaints
//     P 0.83 R 0.79 (German 0.80 / 0.86, Spanish 0.81 / 0.72); care English q 0.91/0.94, c 0.96/0.83. Then trained on
//     by both models and made a held-out fold of each (its patterns' first-sight question verdicts recorded on 0234423):
//     in-sample since.
//   corpus6-posts.json (600 posts: en 180, fr 170, de 130, es 120) and corpus6-care-posts.json (100), a sixth corpus
//     written by a hand that never read the detectors, aimed at the goals still open: question-shaped posts that ask
//     nothing beside real questions that look like them, indirect requests and requests without '?', and plain,
//     understated, polite and sarcastic complaints in German, Spanish and French beside near misses; scored once on the
//     code round 24 was first scored on (498e6ce), before any training on it: fan posts questions P 0.88 R 0.94
//     (English 0.81 / 0.95), complaints P 0.87 R 0.83 (French 0.79 / 0.80, German 0.89 / 0.76); care English q
//     0.91/0.82, c 0.94/0.92 (its patterns' first-sight question verdicts recorded on 498e6ce).
//   corpus7-posts.json (400 posts, 100 in each language) and corpus7-care-posts.json (120), a seventh corpus written by
//     two hands that never read the detectors, aimed at French questions hard to see (indirect, SMS, Québec and
//     Belgian) beside French rhetorical ones, English question-shaped posts that ask nothing, understated and plain
//     complaints in German, Spanish and French beside near misses, and customer-care requests without '?'; scored once
//     on the code round 25 was first scored on (c300f22), before any training on it: fan posts questions P 0.91 R 0.94
//     (French 0.88 / 0.86), complaints P 0.86 R 0.71 (German 0.88 / 0.67, French 0.81 / 0.71); care English q
//     0.92/0.89, c 0.88/0.75 (its patterns' first-sight question verdicts recorded on c300f22).
//   corpus8-posts.json (400 posts, 100 in each language) and corpus8-care-posts.json (120), an eighth corpus written by
//     two hands that never read the detectors, aimed at complaints easy to miss (fees, charges and price rises;
//     sarcasm without trouble words; waiting told as dates; understated and resigned complaints) and at rhetorical
//     questions and indirect, SMS-style or unpunctuated real ones, each beside near misses; scored once on the code
//     round 26 was first scored on (97329f3), before any training on it: fan posts questions P 0.85 R 0.92,
//     complaints P 0.83 R 0.79 (German and Spanish recall 0.76); care English q 0.90/0.93, c 0.90/0.66 (its patterns'
//     first-sight question verdicts recorded on 97329f3).
//   corpus9-posts.json (400 posts, 100 in each language) and corpus9-care-posts.json (120), a ninth corpus written by a
//     hand that never read the detectors, aimed at complaints about fees written with amounts, sarcasm ending in a bare
//     word of praise ("Bravo.", "Toll."), English reproachful guesses that ask nothing ("who tests these?"), French
//     indirect and unpunctuated questions, and understated complaints, each beside near misses; scored once on the code
//     round 27 was first scored on (39200a5), before any training on it: fan posts questions P 0.92 R 0.93,
//     complaints P 0.82 R 0.78 (French 0.78 / 0.72, English 0.81 / 0.70); care English q 0.92/0.92, c 0.79/0.79 (its
//     patterns' first-sight question verdicts recorded on 39200a5).
//   corpus10-posts.json (400 posts, 100 in each language) and corpus10-care-posts.json (120), a tenth corpus written by
//     a hand that never read the detectors, aimed at complaints with no complaint word (sarcasm, irony, understatement,
//     reproachful rhetorical questions that ask nothing), complaints told as plain facts or timelines, French and
//     Spanish questions without a question mark, and troubles that are not the brand's, each beside near misses;
//     scored once on the code round 28 was first scored on (1720261), before any training on it: fan posts questions
//     P 0.93 R 0.93, complaints P 0.85 R 0.71 (French 0.79 / 0.68, Spanish recall 0.70); care English q 0.96/0.98,
//     c 0.86/0.70 (its patterns' first-sight question verdicts recorded on 1720261).
//   corpus11-posts.json (400 posts, 100 in each language) and corpus11-care-posts.json (120), an eleventh corpus written
//     by a hand that never read the detectors, aimed at German and Spanish complaints with no complaint word
//     (understatement, regional speech, timelines and counts, mock thanks, staff conduct), complaint false alarms in all
//     four languages (trouble words used in praise or about something else, neutral fee and delay questions, warnings
//     about others' scams, the poster's own mistakes), customer-care requests with no question mark and their follow-
//     ups, French indirect or markless questions and rhetorical ones, each beside near misses; scored once on the code
//     round 29 was first scored on (d47e709), before any training on it: fan posts questions P 0.96 R 0.95,
//     complaints P 0.80 R 0.71 (German 0.82 / 0.68, Spanish 0.77 / 0.66, English precision 0.78); care English q
//     0.93/0.82, c 0.95/0.85 (its patterns' first-sight question verdicts recorded on d47e709).
//   corpus12-posts.json (400 posts, 100 in each language) and corpus12-care-posts.json (120), a twelfth corpus written
//     by a hand that never read the detectors, aimed at French complaints with no complaint word (plain reports,
//     understatement, Québec and Belgian French, SMS), English indirect, markless and SMS questions beside rhetorical
//     ones, English complaint false alarms (trouble words in praise, others' troubles, hypotheticals, the poster's own
//     fault), German and Spanish hard cases of both, and customer-care requests with no question mark and chasing
//     follow-ups, each beside near misses; scored once on the code round 30 was first scored on (e8b88e1), before any
//     training on it: fan posts questions P 0.95 R 0.93 (French recall 0.87, German 0.91/0.91), complaints P 0.92
//     R 0.79 (French 0.85 / 0.70, German recall 0.79); care English q 0.95/0.97, c 0.84/0.79 (its patterns'
//     first-sight question verdicts recorded on e8b88e1).
//   training-posts.json (349 posts) only trains the complaint and question models (scripts/train-complaint-model.mjs,
//     scripts/train-question-model.mjs); it is no measurement.
//
// Language is scored on posts with words ("lang acc (posts with words)"); posts of emoji, hashtags or links alone have
// no language and are counted apart ("no words"). The first-sight language figures below were taken over every post.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { scoreLabelledSet } = await import('../dist/text/metrics.js');
const { detectLanguage, readPostIn } = await import('../dist/text/index.js');

// `overWords`: the first-sight language figure was taken on posts with words, as now (round 15 on); earlier rounds' over
// every post, emoji-only posts counted against their author's language.
const fig = (qP, qR, cP, cR, lang, overWords = false) => ({
  question: { precision: qP, recall: qR },
  complaint: { precision: cP, recall: cR },
  languageAccuracy: lang,
  overWords,
});

/** Each blind round scored at first sight, before the detectors were changed for it, per language and overall. */
const FIRST_SIGHT = {
  'holdout-posts.json': { all: fig(0.98, 0.88, 0.93, 0.68, 1) },
  'blind-posts.json': {
    fr: fig(0.7, 0.57, 0.94, 0.48, 1),
    en: fig(0.67, 0.67, 1, 0.23, 0.99),
    de: fig(0.64, 0.75, 1, 0.21, 1),
    es: fig(0.8, 0.71, 1, 0.21, 0.99),
    all: fig(0.69, 0.68, 0.97, 0.28, 0.99),
  },
  'care-posts.json': { en: fig(0.89, 0.76, 1, 0.29, 0.99) },
  // Round 7: written after the round-6 tuning, scored once before any change made for it.
  'final-posts.json': {
    fr: fig(0.83, 0.67, 1, 0.43, 0.97),
    en: fig(0.79, 0.73, 1, 0.57, 1),
    de: fig(0.93, 0.87, 1, 0.43, 1),
    es: fig(0.93, 0.87, 1, 0.36, 0.97),
    all: fig(0.87, 0.78, 1, 0.45, 0.99),
  },
  'final-care-posts.json': { en: fig(0.94, 1, 1, 0.29, 1) },
  // Round 8: written after the round-7 tuning and the complaint model, scored once before any change made for it —
  // the latest estimate of how the detectors do on posts they have never seen.
  'round8-posts.json': {
    fr: fig(0.88, 0.88, 1, 0.5, 0.96),
    en: fig(1, 1, 1, 0.5, 1),
    de: fig(0.89, 1, 0.83, 0.5, 1),
    es: fig(0.88, 0.88, 0.8, 0.4, 1),
    all: fig(0.91, 0.94, 0.9, 0.47, 0.99),
  },
  'round8-care-posts.json': { en: fig(1, 1, 1, 0.67, 1) },
  // Round 9: written after the round-8 tuning, the complaint model's concepts and its threshold chosen on rounds left
  // out of training; scored once at first sight, then tuned and trained on.
  'round9-posts.json': {
    fr: fig(1, 0.88, 0.82, 0.9, 1),
    en: fig(1, 1, 0.82, 0.9, 1),
    de: fig(1, 1, 0.89, 0.8, 1),
    es: fig(0.88, 0.88, 0.9, 0.9, 1),
    all: fig(0.97, 0.94, 0.85, 0.88, 1),
  },
  'round9-care-posts.json': { en: fig(1, 1, 0.91, 0.83, 1) },
  // Round 10: written and labelled after round 9 was scored and before the round-9 tuning; scored once after that
  // tuning, then tuned and trained on.
  'round10-posts.json': {
    fr: fig(0.91, 1, 0.91, 1, 1),
    en: fig(0.85, 1, 0.78, 0.7, 1),
    de: fig(0.77, 0.91, 0.75, 0.6, 1),
    es: fig(0.79, 1, 0.89, 0.8, 1),
    all: fig(0.82, 0.98, 0.84, 0.78, 1),
  },
  'round10-care-posts.json': { en: fig(1, 1, 0.87, 1, 1) },
  // Round 11: written and labelled by a hand that never read the detectors, before the round-10 tuning; scored once
  // before that tuning (these figures) and once after it, still unseen: fan posts questions P 0.83 R 0.92,
  // complaints P 0.79 R 0.78; care English unchanged (q 1.00/0.88, c 0.84/0.90).
  'round11-posts.json': {
    fr: fig(0.83, 1, 0.79, 0.65, 0.98),
    en: fig(0.78, 0.95, 0.75, 0.71, 0.96),
    de: fig(0.78, 0.9, 0.81, 0.76, 0.98),
    es: fig(0.77, 0.85, 0.88, 0.78, 0.98),
    all: fig(0.79, 0.92, 0.81, 0.72, 0.97),
  },
  'round11-care-posts.json': { en: fig(1, 0.88, 0.84, 0.9, 1) },
  // Round 12: written and labelled by a hand that never read the detectors, before the round-11 tuning; scored once
  // before that tuning (these figures) and once after it, still unseen: fan posts questions P 0.86 R 0.95,
  // complaints P 0.98 R 0.77; care English questions 0.89/0.89, complaints P 0.94 R 0.67. Then tuned on for questions
  // and complaints, and trained on.
  'round12-posts.json': {
    fr: fig(0.88, 0.93, 0.93, 0.76, 0.93),
    en: fig(0.81, 0.87, 0.92, 0.8, 0.95),
    de: fig(0.89, 1, 1, 0.86, 0.97),
    es: fig(0.8, 0.92, 1, 0.93, 0.97),
    all: fig(0.85, 0.93, 0.96, 0.83, 0.96),
  },
  'round12-care-posts.json': { en: fig(0.89, 0.89, 0.94, 0.71, 1) },
  // Rounds 13 and 14: each written and labelled by a separate hand that never read the detectors, after the round-11
  // tuning and before any change made for round 12, 13 or 14; scored once then (these figures). Round 14 was then
  // tuned and trained on, and round 13 after it.
  'round13-posts.json': {
    fr: fig(0.81, 0.93, 0.77, 0.56, 0.98),
    en: fig(0.79, 1, 0.82, 0.86, 0.96),
    de: fig(0.75, 0.86, 0.86, 0.63, 0.94),
    es: fig(0.76, 1, 0.88, 0.74, 0.96),
    all: fig(0.78, 0.95, 0.83, 0.7, 0.96),
  },
  'round13-care-posts.json': { en: fig(0.92, 1, 0.96, 0.79, 0.98) },
  'round14-posts.json': {
    fr: fig(0.71, 0.94, 0.87, 0.68, 0.96),
    en: fig(0.67, 0.75, 0.56, 0.56, 0.98),
    de: fig(0.7, 0.82, 0.79, 0.94, 0.96),
    es: fig(0.61, 0.69, 0.71, 0.63, 0.98),
    all: fig(0.68, 0.8, 0.73, 0.7, 0.97),
  },
  'round14-care-posts.json': { en: fig(0.9, 0.9, 0.93, 0.96, 1) },
  // Round 15: written and labelled by yet another hand that never read the detectors, after the tuning on rounds 12 and
  // 14 and before any change made for round 13; scored once then (these figures).
  'round15-posts.json': {
    fr: fig(0.86, 0.92, 0.85, 0.73, 1, true),
    en: fig(0.86, 0.92, 0.91, 0.67, 1, true),
    de: fig(0.87, 1, 1, 0.71, 0.97, true),
    es: fig(0.83, 0.83, 0.9, 0.64, 0.97, true),
    all: fig(0.85, 0.92, 0.91, 0.69, 0.99, true),
  },
  'round15-care-posts.json': { en: fig(0.86, 0.9, 0.9, 0.86, 1, true) },
  // The training corpus: written for variety (sectors, regions, registers, hard negatives) by two hands that never read
  // the detectors, after the tuning on rounds 12-14; scored once before any model was trained on it (these figures).
  'corpus-posts.json': {
    fr: fig(0.9, 0.89, 0.86, 0.8, 0.99, true),
    en: fig(0.84, 0.94, 0.91, 0.81, 1, true),
    de: fig(0.79, 0.9, 0.88, 0.76, 0.98, true),
    es: fig(0.83, 0.83, 0.89, 0.73, 0.99, true),
    all: fig(0.84, 0.89, 0.88, 0.78, 0.99, true),
  },
  'corpus-care-posts.json': { en: fig(1, 0.95, 0.88, 0.75, 0.98, true) },
  // The second training corpus, written for variety by two more hands that never read the detectors; scored once on
  // the code round 18 was first scored on, before any model was trained on it (these figures).
  'corpus2-posts.json': {
    fr: fig(0.87, 0.98, 0.86, 0.7, 0.99, true),
    en: fig(0.86, 0.99, 0.9, 0.75, 0.99, true),
    de: fig(0.79, 0.95, 0.89, 0.64, 0.99, true),
    es: fig(0.84, 0.93, 0.91, 0.66, 1, true),
    all: fig(0.84, 0.96, 0.89, 0.69, 1, true),
  },
  'corpus2-care-posts.json': { en: fig(0.96, 0.94, 0.88, 0.87, 0.99, true) },
  'corpus3-posts.json': {
    fr: fig(0.91, 1, 0.89, 0.76, 1, true),
    en: fig(0.94, 0.99, 0.88, 0.93, 0.99, true),
    de: fig(0.96, 0.91, 0.9, 0.62, 0.98, true),
    es: fig(0.93, 0.95, 0.92, 0.68, 0.99, true),
    all: fig(0.93, 0.96, 0.9, 0.75, 0.99, true),
  },
  'corpus3-care-posts.json': { en: fig(1, 0.91, 0.88, 0.89, 0.99, true) },
  // The fourth corpus, scored once on the code round 22 was first scored on (82d6c57), before any training on it.
  'corpus4-posts.json': {
    fr: fig(0.8, 0.99, 0.98, 0.64, 1, true),
    en: fig(0.68, 0.94, 0.84, 0.77, 1, true),
    de: fig(0.94, 0.94, 0.87, 0.73, 1, true),
    es: fig(0.97, 0.94, 0.86, 0.82, 1, true),
    all: fig(0.83, 0.95, 0.88, 0.74, 1, true),
  },
  'corpus4-care-posts.json': { en: fig(0.87, 0.96, 0.95, 0.95, 1, true) },
  // The fifth corpus, scored once on the code round 23 was first scored on (0234423), before any training on it.
  'corpus5-posts.json': {
    fr: fig(0.7, 0.97, 0.94, 0.71, 1, true),
    en: fig(0.78, 0.95, 0.83, 0.82, 1, true),
    de: fig(0.88, 0.99, 0.8, 0.86, 0.99, true),
    es: fig(0.91, 0.91, 0.81, 0.72, 0.99, true),
    all: fig(0.81, 0.96, 0.83, 0.79, 1, true),
  },
  'corpus5-care-posts.json': { en: fig(0.91, 0.94, 0.96, 0.83, 1, true) },
  // The sixth corpus, scored once on the code round 24 was first scored on (498e6ce), before any training on it.
  'corpus6-posts.json': {
    fr: fig(0.9, 0.9, 0.79, 0.8, 1, true),
    en: fig(0.81, 0.95, 0.9, 0.83, 0.99, true),
    de: fig(0.95, 0.95, 0.89, 0.76, 0.99, true),
    es: fig(0.88, 0.98, 0.92, 0.94, 1, true),
    all: fig(0.88, 0.94, 0.87, 0.83, 1, true),
  },
  'corpus6-care-posts.json': { en: fig(0.91, 0.82, 0.94, 0.92, 1, true) },
  // The seventh corpus, scored once on the code round 25 was first scored on (c300f22), before any training on it.
  'corpus7-posts.json': {
    fr: fig(0.88, 0.86, 0.81, 0.71, 0.99, true),
    en: fig(0.93, 0.98, 0.81, 0.7, 1, true),
    de: fig(0.88, 0.93, 0.88, 0.67, 1, true),
    es: fig(0.95, 1, 0.92, 0.78, 1, true),
    all: fig(0.91, 0.94, 0.86, 0.71, 1, true),
  },
  'corpus7-care-posts.json': { en: fig(0.92, 0.89, 0.88, 0.75, 0.97, true) },
  // The eighth corpus, scored once on the code round 26 was first scored on (97329f3), before any training on it.
  'corpus8-posts.json': {
    fr: fig(0.82, 0.92, 0.8, 0.82, 1, true),
    en: fig(0.88, 0.97, 0.84, 0.82, 1, true),
    de: fig(0.83, 0.92, 0.83, 0.76, 1, true),
    es: fig(0.88, 0.88, 0.85, 0.76, 1, true),
    all: fig(0.85, 0.92, 0.83, 0.79, 1, true),
  },
  'corpus8-care-posts.json': { en: fig(0.9, 0.93, 0.9, 0.66, 0.99, true) },
  // The ninth corpus, scored once on the code round 27 was first scored on (39200a5), before any training on it.
  'corpus9-posts.json': {
    fr: fig(0.88, 0.92, 0.78, 0.72, 1, true),
    en: fig(0.88, 0.9, 0.81, 0.7, 1, true),
    de: fig(0.95, 0.97, 0.8, 0.86, 1, true),
    es: fig(0.97, 0.94, 0.88, 0.84, 1, true),
    all: fig(0.92, 0.93, 0.82, 0.78, 1, true),
  },
  'corpus9-care-posts.json': { en: fig(0.92, 0.92, 0.79, 0.79, 1, true) },
  // The tenth corpus, scored once on the code round 28 was first scored on (1720261), before any training on it.
  'corpus10-posts.json': {
    fr: fig(0.93, 0.93, 0.79, 0.68, 1, true),
    en: fig(0.88, 0.97, 0.82, 0.73, 1, true),
    de: fig(0.95, 0.9, 0.91, 0.72, 0.99, true),
    es: fig(0.97, 0.93, 0.88, 0.7, 1, true),
    all: fig(0.93, 0.93, 0.85, 0.71, 1, true),
  },
  'corpus10-care-posts.json': { en: fig(0.96, 0.98, 0.86, 0.7, 1, true) },
  // The eleventh corpus, scored once on the code round 29 was first scored on (d47e709), before any training on it.
  'corpus11-posts.json': {
    fr: fig(0.98, 0.98, 0.85, 0.76, 1, true),
    en: fig(0.97, 0.94, 0.78, 0.76, 0.99, true),
    de: fig(0.94, 0.89, 0.82, 0.68, 0.99, true),
    es: fig(0.94, 0.97, 0.77, 0.66, 1, true),
    all: fig(0.96, 0.95, 0.8, 0.71, 0.99, true),
  },
  'corpus11-care-posts.json': { en: fig(0.93, 0.82, 0.95, 0.85, 0.98, true) },
  // The twelfth corpus, scored once on the code round 30 was first scored on (e8b88e1), before any training on it.
  'corpus12-posts.json': {
    fr: fig(1, 0.87, 0.85, 0.7, 1, true),
    en: fig(0.95, 0.97, 0.9, 0.82, 1, true),
    de: fig(0.91, 0.91, 0.95, 0.79, 0.99, true),
    es: fig(0.94, 0.94, 0.95, 0.84, 1, true),
    all: fig(0.95, 0.93, 0.92, 0.79, 1, true),
  },
  'corpus12-care-posts.json': { en: fig(0.95, 0.97, 0.84, 0.79, 1, true) },
  // Round 16: written and labelled by a fifth hand that never read the detectors, after all the tuning on rounds 12-14
  // and before any change made for round 15; scored once then (these figures).
  'round16-posts.json': {
    fr: fig(0.88, 1, 0.85, 0.85, 1, true),
    en: fig(0.81, 1, 0.84, 0.8, 0.98, true),
    de: fig(0.87, 0.95, 0.89, 0.85, 0.96, true),
    es: fig(0.87, 0.95, 0.88, 0.7, 1, true),
    all: fig(0.85, 0.98, 0.86, 0.8, 0.98, true),
  },
  'round16-care-posts.json': { en: fig(0.96, 1, 0.91, 0.95, 1, true) },
  // Round 17: written and labelled by a sixth hand that never read the detectors, after the two models' rework; scored
  // once then (these figures), a second estimate, beside round 16, of that code on unseen posts.
  'round17-posts.json': {
    fr: fig(0.87, 0.95, 0.94, 0.8, 1, true),
    en: fig(0.88, 1, 0.88, 0.7, 0.98, true),
    de: fig(0.81, 1, 0.87, 0.65, 1, true),
    es: fig(0.83, 0.95, 0.93, 0.65, 0.98, true),
    all: fig(0.85, 0.98, 0.9, 0.7, 0.99, true),
  },
  'round17-care-posts.json': { en: fig(0.96, 1, 0.89, 0.73, 1, true) },
  // Round 18: written and labelled by a seventh hand that never read the detectors, on the same code as round 17's
  // first sight; scored once then (these figures). Trained on since round 20 was written.
  'round18-posts.json': {
    fr: fig(0.9, 1, 0.79, 0.79, 1, true),
    en: fig(0.91, 1, 0.95, 0.9, 1, true),
    de: fig(0.95, 1, 0.95, 0.9, 1, true),
    es: fig(0.81, 0.89, 1, 0.95, 1, true),
    all: fig(0.89, 0.97, 0.92, 0.89, 1, true),
  },
  'round18-care-posts.json': { en: fig(0.95, 1, 0.89, 0.74, 1, true) },
  // Round 19: written and labelled by an eighth hand that never read the detectors, scored once on the code round 18
  // was first scored on (these figures); trained on since round 20 was written.
  'round19-posts.json': {
    fr: fig(0.78, 0.95, 0.89, 0.81, 1, true),
    en: fig(0.72, 0.95, 0.82, 0.67, 1, true),
    de: fig(0.77, 1, 0.78, 0.67, 1, true),
    es: fig(0.68, 0.89, 0.82, 0.64, 1, true),
    all: fig(0.74, 0.95, 0.83, 0.69, 1, true),
  },
  'round19-care-posts.json': { en: fig(0.89, 0.96, 1, 0.76, 1, true) },
  // Round 20: written and labelled by a ninth hand that never read the detectors, scored once on the code of the two
  // models' rework, before rounds 18 and 19 trained them (these figures). Trained on since round 21 was written.
  'round20-posts.json': {
    fr: fig(0.9, 0.9, 0.95, 0.9, 1, true),
    en: fig(0.9, 0.95, 1, 0.73, 1, true),
    de: fig(0.8, 1, 0.89, 0.81, 0.96, true),
    es: fig(0.95, 0.95, 1, 0.55, 1, true),
    all: fig(0.88, 0.95, 0.96, 0.74, 0.99, true),
  },
  'round20-care-posts.json': { en: fig(0.93, 1, 0.88, 0.63, 1, true) },
  // Round 21: written and labelled by a tenth hand that never read the detectors, scored once on the code round 20 was
  // last scored on while it was unseen (these figures). Trained on since round 22 was written.
  'round21-posts.json': {
    fr: fig(0.89, 0.94, 1, 0.82, 1, true),
    en: fig(0.85, 0.94, 0.91, 0.87, 1, true),
    de: fig(0.95, 0.95, 0.85, 0.74, 0.96, true),
    es: fig(0.95, 0.95, 0.86, 0.86, 1, true),
    all: fig(0.91, 0.95, 0.9, 0.82, 0.99, true),
  },
  'round21-care-posts.json': { en: fig(1, 0.87, 1, 0.79, 0.96, true) },
  // Round 22: written and labelled by an eleventh hand that never read the detectors, scored once on the code at the
  // end of the work round 21 judged (82d6c57; these figures). Trained on since round 23 was written.
  'round22-posts.json': {
    fr: fig(0.89, 0.94, 0.95, 0.86, 1, true),
    en: fig(0.85, 0.94, 0.9, 0.86, 1, true),
    de: fig(0.86, 0.95, 0.95, 0.86, 0.98, true),
    es: fig(0.95, 0.95, 0.82, 0.86, 1, true),
    all: fig(0.89, 0.95, 0.9, 0.86, 0.99, true),
  },
  'round22-care-posts.json': { en: fig(0.92, 1, 0.87, 1, 0.98, true) },
  // Round 23: written and labelled by a twelfth hand that never read the detectors, scored once on the code at the end
  // of the work round 22 judged (0234423; these figures). Trained on since round 24 was written.
  'round23-posts.json': {
    fr: fig(0.95, 0.91, 0.8, 0.95, 1, true),
    en: fig(0.91, 0.95, 0.91, 0.91, 1, true),
    de: fig(0.96, 0.96, 0.95, 0.95, 1, true),
    es: fig(0.88, 1, 1, 0.95, 1, true),
    all: fig(0.92, 0.95, 0.91, 0.94, 1, true),
  },
  'round23-care-posts.json': { en: fig(1, 0.74, 0.93, 1, 0.98, true) },
  // Round 24: written and labelled by a thirteenth hand that never read the detectors, scored once on the code at the
  // end of the work round 23 judged (498e6ce; these figures). Trained on since round 25 was written.
  'round24-posts.json': {
    fr: fig(0.85, 0.85, 0.9, 0.95, 1, true),
    en: fig(0.86, 0.95, 0.94, 0.85, 1, true),
    de: fig(0.95, 0.95, 1, 0.9, 1, true),
    es: fig(0.91, 1, 0.95, 0.9, 0.98, true),
    all: fig(0.89, 0.94, 0.95, 0.9, 0.99, true),
  },
  'round24-care-posts.json': { en: fig(0.95, 0.83, 0.96, 0.85, 0.98, true) },
  // Round 25: written and labelled by a fourteenth hand that never read the detectors, scored once on the code at the
  // end of the work round 24 judged (c300f22; these figures). Trained on since round 26 was written.
  'round25-posts.json': {
    fr: fig(1, 0.91, 0.86, 0.9, 1, true),
    en: fig(0.9, 0.9, 0.96, 0.96, 1, true),
    de: fig(1, 1, 0.95, 0.95, 1, true),
    es: fig(0.96, 0.96, 1, 1, 1, true),
    all: fig(0.97, 0.94, 0.94, 0.95, 1, true),
  },
  'round25-care-posts.json': { en: fig(0.93, 0.93, 0.96, 0.88, 0.98, true) },
  // Round 26: written and labelled by a fifteenth hand that never read the detectors, scored once on the code at the
  // end of the work round 25 judged (97329f3; these figures). Trained on since round 27 was written.
  'round26-posts.json': {
    fr: fig(1, 0.86, 0.83, 0.95, 1, true),
    en: fig(0.95, 1, 0.9, 0.9, 1, true),
    de: fig(1, 0.95, 0.95, 0.95, 1, true),
    es: fig(0.92, 1, 1, 0.84, 1, true),
    all: fig(0.96, 0.95, 0.91, 0.91, 1, true),
  },
  'round26-care-posts.json': { en: fig(0.96, 0.96, 1, 0.96, 0.98, true) },
  // Round 27: written and labelled by a sixteenth hand that never read the detectors, scored once on the code at the
  // end of the work round 26 judged (39200a5; these figures). Trained on since round 28 was written.
  'round27-posts.json': {
    fr: fig(0.95, 0.95, 0.75, 0.68, 1, true),
    en: fig(0.95, 1, 0.92, 1, 1, true),
    de: fig(0.95, 1, 0.89, 0.73, 1, true),
    es: fig(1, 0.95, 0.93, 0.65, 1, true),
    all: fig(0.96, 0.98, 0.87, 0.77, 1, true),
  },
  'round27-care-posts.json': { en: fig(0.96, 0.93, 0.96, 0.92, 0.98, true) },
  // Round 28: written and labelled by a seventeenth hand that never read the detectors, scored once on the code at the
  // end of the work round 27 judged (1720261; these figures). Trained on since round 29 was written.
  'round28-posts.json': {
    fr: fig(1, 0.95, 0.95, 0.9, 1, true),
    en: fig(1, 1, 0.83, 0.95, 1, true),
    de: fig(1, 1, 0.89, 0.81, 1, true),
    es: fig(0.91, 0.95, 0.94, 0.71, 1, true),
    all: fig(0.98, 0.98, 0.9, 0.85, 1, true),
  },
  'round28-care-posts.json': { en: fig(1, 0.88, 1, 0.88, 0.98, true) },
  // Round 29: written and labelled by an eighteenth hand that never read the detectors, scored once on the code at the
  // end of the work round 28 judged (d47e709; these figures). Trained on since round 30 was written.
  'round29-posts.json': {
    fr: fig(0.95, 0.95, 1, 0.81, 1, true),
    en: fig(0.94, 0.85, 0.91, 0.95, 1, true),
    de: fig(1, 1, 0.95, 0.9, 1, true),
    es: fig(0.9, 1, 1, 0.86, 1, true),
    all: fig(0.95, 0.95, 0.96, 0.88, 1, true),
  },
  'round29-care-posts.json': { en: fig(0.96, 0.89, 1, 0.96, 0.98, true) },
  // Round 30: written and labelled by a nineteenth hand that never read the detectors, scored once on the code at the
  // end of the work round 29 judged (e8b88e1; these figures). Trained on since round 31 was written.
  'round30-posts.json': {
    fr: fig(1, 0.9, 0.91, 0.95, 1, true),
    en: fig(0.95, 1, 1, 0.86, 1, true),
    de: fig(0.95, 0.95, 0.91, 0.95, 0.98, true),
    es: fig(0.95, 0.95, 1, 0.86, 1, true),
    all: fig(0.96, 0.95, 0.95, 0.91, 0.99, true),
  },
  'round30-care-posts.json': { en: fig(1, 0.88, 0.92, 1, 1, true) },
  // Round 31: written and labelled by a twentieth hand that never read the detectors, scored once on the code at the
  // end of the work round 30 judged (be90c8e; these figures). Trained on since round 32 was written.
  'round31-posts.json': {
    fr: fig(1, 0.95, 1, 0.91, 1, true),
    en: fig(0.91, 1, 0.95, 0.78, 0.98, true),
    de: fig(1, 1, 1, 0.86, 0.98, true),
    es: fig(0.95, 1, 1, 0.82, 1, true),
    all: fig(0.97, 0.99, 0.99, 0.84, 0.99, true),
  },
  'round31-care-posts.json': { en: fig(1, 0.93, 1, 0.96, 1, true) },
  // Round 32: written and labelled by a twenty-first hand that never read the detectors, scored once on the code at the
  // end of the work round 31 judged (76f9a18; these figures). Trained on since round 33 was written.
  'round32-posts.json': {
    fr: fig(0.96, 0.96, 0.88, 1, 1, true),
    en: fig(0.95, 0.91, 0.95, 0.91, 0.98, true),
    de: fig(1, 1, 1, 0.87, 1, true),
    es: fig(1, 1, 1, 0.83, 1, true),
    all: fig(0.98, 0.97, 0.95, 0.9, 0.99, true),
  },
  'round32-care-posts.json': { en: fig(1, 1, 0.96, 0.88, 0.98, true) },
  // Round 33: written and labelled by a twenty-second hand that never read the detectors, scored once on the code at
  // the end of the work round 32 judged (7040fca; these figures). Trained on since round 34 was written.
  'round33-posts.json': {
    fr: fig(1, 0.96, 0.96, 0.96, 1, true),
    en: fig(1, 1, 0.88, 0.96, 0.98, true),
    de: fig(1, 0.95, 0.96, 0.92, 0.98, true),
    es: fig(1, 0.95, 0.92, 1, 1, true),
    all: fig(1, 0.97, 0.93, 0.96, 0.99, true),
  },
  'round33-care-posts.json': { en: fig(1, 1, 0.96, 0.88, 1, true) },
  // Round 34: written and labelled by a twenty-third hand that never read the detectors, scored once on the code at
  // the end of the work round 33 judged (b2055c3; these figures). Trained on since round 35 was written.
  'round34-posts.json': {
    fr: fig(1, 0.91, 1, 0.91, 1, true),
    en: fig(1, 0.86, 0.95, 0.86, 1, true),
    de: fig(1, 0.91, 1, 0.73, 0.96, true),
    es: fig(0.91, 0.91, 1, 0.91, 1, true),
    all: fig(0.98, 0.9, 0.99, 0.85, 0.99, true),
  },
  'round34-care-posts.json': { en: fig(0.96, 0.93, 1, 0.94, 1, true) },
  // Round 35: written and labelled by a twenty-fourth hand that never read the detectors, scored once on the code at
  // the end of the work round 34 judged (562e404; these figures). Trained on since round 36 was written.
  'round35-posts.json': {
    fr: fig(1, 0.83, 1, 0.91, 1, true),
    en: fig(1, 0.92, 0.95, 0.9, 0.98, true),
    de: fig(0.96, 0.88, 0.95, 0.82, 1, true),
    es: fig(1, 0.96, 0.95, 0.86, 1, true),
    all: fig(0.99, 0.9, 0.96, 0.87, 0.99, true),
  },
  'round35-care-posts.json': { en: fig(0.93, 1, 0.96, 0.85, 1, true) },
  // Round 36: written and labelled by a twenty-fifth hand that never read the detectors, scored once on the code at
  // the end of the work round 35 judged (cb50a4b; these figures). Trained on since round 37 was written.
  'round36-posts.json': {
    fr: fig(0.9, 0.86, 0.89, 1, 1, true),
    en: fig(0.91, 0.91, 0.8, 0.8, 1, true),
    de: fig(1, 0.91, 0.79, 0.92, 0.98, true),
    es: fig(0.95, 0.86, 0.76, 0.92, 1, true),
    all: fig(0.94, 0.89, 0.81, 0.91, 0.99, true),
  },
  'round36-care-posts.json': { en: fig(1, 1, 1, 0.82, 1, true) },
  // Round 37: written and labelled by a twenty-sixth hand that never read the detectors, scored once on the code at
  // the end of the work round 36 judged (ba7937a; these figures). Trained on since round 38 was written.
  'round37-posts.json': {
    fr: fig(0.85, 0.94, 1, 0.8, 1, true),
    en: fig(0.84, 0.89, 0.82, 0.9, 0.92, true),
    de: fig(0.95, 1, 0.86, 0.9, 0.94, true),
    es: fig(0.95, 0.95, 0.95, 0.86, 0.98, true),
    all: fig(0.9, 0.95, 0.9, 0.87, 0.96, true),
  },
  'round37-care-posts.json': { en: fig(1, 1, 0.96, 0.92, 0.96, true) },
  // Round 38: written and labelled by a twenty-seventh hand that never read the detectors, scored once on the code at
  // the end of the work round 37 judged (2edcfa3; these figures). Trained on since round 39 was written.
  'round38-posts.json': {
    fr: fig(0.94, 0.84, 0.83, 1, 1, true),
    en: fig(0.95, 1, 0.86, 0.95, 1, true),
    de: fig(0.95, 0.95, 0.76, 1, 0.98, true),
    es: fig(0.95, 0.95, 0.81, 0.89, 1, true),
    all: fig(0.95, 0.93, 0.81, 0.96, 0.99, true),
  },
  'round38-care-posts.json': { en: fig(1, 0.96, 0.96, 1, 1, true) },
  // Round 39: written and labelled by a twenty-eighth hand that never read the detectors, scored once on the code at
  // the end of the work round 38 judged (581e63d; these figures). Trained on since round 40 was written.
  'round39-posts.json': {
    fr: fig(0.95, 0.87, 0.88, 0.88, 1, true),
    en: fig(1, 0.88, 0.81, 0.88, 0.98, true),
    de: fig(1, 0.83, 0.86, 0.78, 0.98, true),
    es: fig(1, 0.91, 0.92, 0.96, 1, true),
    all: fig(0.99, 0.87, 0.87, 0.88, 0.99, true),
  },
  'round39-care-posts.json': { en: fig(1, 0.87, 0.89, 0.86, 1, true) },
  // Round 40: written and labelled by a twenty-ninth hand that never read the detectors, scored once on the code at
  // the end of the work round 39 judged (0079344; these figures). Trained on since round 41 was written.
  'round40-posts.json': {
    fr: fig(0.94, 0.81, 0.91, 0.95, 1, true),
    en: fig(0.95, 0.9, 0.95, 0.95, 1, true),
    de: fig(0.91, 0.95, 0.83, 0.87, 1, true),
    es: fig(0.88, 0.95, 0.92, 0.96, 1, true),
    all: fig(0.92, 0.91, 0.9, 0.93, 1, true),
  },
  'round40-care-posts.json': { en: fig(1, 0.96, 0.92, 0.85, 0.98, true) },
  // Round 41: written and labelled by a thirtieth hand that never read the detectors, scored once on the code at the
  // end of the work round 40 judged (2c1cbde; these figures). Trained on since round 42 was written.
  'round41-posts.json': {
    fr: fig(1, 0.75, 1, 0.91, 0.98, true),
    en: fig(1, 0.77, 0.96, 0.96, 1, true),
    de: fig(0.93, 0.7, 1, 0.75, 1, true),
    es: fig(0.88, 0.79, 1, 0.75, 1, true),
    all: fig(0.95, 0.75, 0.99, 0.85, 0.99, true),
  },
  'round41-care-posts.json': { en: fig(1, 0.95, 1, 0.87, 1, true) },
  // Round 42: written and labelled by a thirty-first hand that never read the detectors, scored once on the code at
  // the end of the work round 41 judged (096cde3; these figures). Never read, tuned or trained on.
  'round42-posts.json': {
    fr: fig(1, 0.95, 0.95, 0.95, 1, true),
    en: fig(0.9, 0.95, 0.86, 0.9, 0.98, true),
    de: fig(1, 0.95, 0.94, 0.85, 1, true),
    es: fig(1, 0.89, 0.95, 0.95, 1, true),
    all: fig(0.97, 0.93, 0.92, 0.91, 0.99, true),
  },
  'round42-care-posts.json': { en: fig(1, 0.95, 0.91, 1, 0.96, true) },
};

const SETS = [
  { file: 'labelled-posts.json', note: 'rounds 1-4, tuned on: in-sample (first-sight scores of its blind rounds: header of scripts/text-bench.mjs)' },
  { file: 'holdout-posts.json', note: 'round 5, written blind and scored at first sight, then tuned on: in-sample' },
  { file: 'blind-posts.json', note: 'round 6, written blind (fr/en/de/es) and scored at first sight, then tuned on: in-sample' },
  { file: 'care-posts.json', note: 'round 6, customer-care English written blind and scored at first sight, then tuned on: in-sample' },
  { file: 'final-posts.json', note: 'round 7, written blind after the round-6 tuning (fr/en/de/es), scored at first sight, then tuned and trained on: in-sample' },
  { file: 'final-care-posts.json', note: 'round 7, customer-care English written blind after the round-6 tuning, scored at first sight, then tuned and trained on: in-sample' },
  {
    file: 'round8-posts.json',
    note: 'round 8, written blind after the round-7 tuning and the complaint model (fr/en/de/es), scored at first sight (the latest unseen estimate), then trained on: in-sample',
  },
  {
    file: 'round8-care-posts.json',
    note: 'round 8, customer-care English written blind after the round-7 tuning and the complaint model, scored at first sight, then trained on: in-sample',
  },
  {
    file: 'round9-posts.json',
    note: 'round 9, written blind after the round-8 tuning (fr/en/de/es), scored at first sight, then tuned and trained on: in-sample',
  },
  {
    file: 'round9-care-posts.json',
    note: 'round 9, customer-care English written blind after the round-8 tuning, scored at first sight, then tuned and trained on: in-sample',
  },
  {
    file: 'round10-posts.json',
    note: 'round 10, written blind before the round-9 tuning (fr/en/de/es), scored at first sight, then tuned and trained on: in-sample',
  },
  {
    file: 'round10-care-posts.json',
    note: 'round 10, customer-care English written blind before the round-9 tuning, scored at first sight, then tuned and trained on: in-sample',
  },
  {
    file: 'round11-posts.json',
    note: 'round 11, written blind by a hand that never read the detectors (fr/en/de/es), scored at first sight and after the round-10 tuning, then tuned and trained on: in-sample',
  },
  {
    file: 'round11-care-posts.json',
    note: 'round 11, customer-care English written blind, scored at first sight and after the round-10 tuning, then tuned and trained on: in-sample',
  },
  {
    file: 'class-posts.json',
    note: "posts written for the error classes of rounds 10, 11, 12 and 14 and their near misses (fr/en/de/es, customer-care English), while tuning on those rounds, and 88 very short thread replies (language 0.74 at first sight, before short-reply-words.ts): in-sample",
  },
  {
    file: 'question-class-posts.json',
    note: 'near misses of the question classes the unit tests hold as questions, beside the rhetorical shapes they border (fr/en/de/es), read by the question model only: in-sample',
  },
  {
    file: 'round12-posts.json',
    note: 'round 12, written blind by a hand that never read the detectors (fr/en/de/es), scored at first sight before the round-11 tuning and after it, then tuned on for questions and complaints and trained on: in-sample',
  },
  {
    file: 'round12-care-posts.json',
    note: 'round 12, customer-care English written blind by a hand that never read the detectors, scored at first sight and after the round-11 tuning, then tuned on for questions and complaints and trained on: in-sample',
  },
  {
    file: 'round13-posts.json',
    note: 'round 13, written blind by a hand that never read the detectors (fr/en/de/es), scored at first sight and after the round-14 tuning, then tuned and trained on: in-sample',
  },
  {
    file: 'round13-care-posts.json',
    note: 'round 13, customer-care English written blind by a hand that never read the detectors, scored at first sight and after the round-14 tuning, then tuned and trained on: in-sample',
  },
  {
    file: 'round14-posts.json',
    note: 'round 14, written blind by another hand that never read the detectors (fr/en/de/es, regional variants), scored at first sight, then tuned and trained on: in-sample',
  },
  {
    file: 'round14-care-posts.json',
    note: 'round 14, customer-care English written blind by another hand that never read the detectors, scored at first sight, then tuned and trained on: in-sample',
  },
  {
    file: 'round15-posts.json',
    note: 'round 15, written blind by a fourth hand that never read the detectors (fr/en/de/es), scored at first sight after the tuning on rounds 12 and 14, never tuned on; trained on since rounds 18 and 19 became the estimates on unseen posts: in-sample',
  },
  {
    file: 'round15-care-posts.json',
    note: 'round 15, customer-care English written blind by a fourth hand that never read the detectors, scored at first sight, never tuned on; trained on since rounds 18 and 19 became the estimates on unseen posts: in-sample',
  },
  {
    file: 'corpus-posts.json',
    note: 'training corpus (fr/en/de/es), written for variety by hands that never read the detectors, scored at first sight, then trained on: in-sample',
  },
  {
    file: 'corpus-care-posts.json',
    note: 'training corpus, customer-care English written for variety by a hand that never read the detectors, scored at first sight, then trained on: in-sample',
  },
  {
    file: 'corpus2-posts.json',
    note: 'second training corpus (fr/en/de/es), written for variety by two more hands that never read the detectors, scored at first sight, then trained on: in-sample',
  },
  {
    file: 'corpus2-care-posts.json',
    note: 'second training corpus, customer-care English written for variety by hands that never read the detectors, scored at first sight, then trained on: in-sample',
  },
  {
    file: 'corpus3-posts.json',
    note: 'third training corpus (fr/en/de/es), written for variety by two more hands that never read the detectors, scored at first sight, then trained on: in-sample',
  },
  {
    file: 'corpus3-care-posts.json',
    note: 'third training corpus, customer-care English written for variety by hands that never read the detectors, scored at first sight, then trained on: in-sample',
  },
  {
    file: 'corpus4-posts.json',
    note: 'fourth training corpus (fr/en/de/es), written by two more hands that never read the detectors, aimed at question-shaped posts that ask nothing (en/fr) and at plain, polite and colloquial complaints and their near misses (de/es); scored at first sight, then trained on (both models, and a held-out fold of each): in-sample',
  },
  {
    file: 'corpus4-care-posts.json',
    note: 'fourth training corpus, customer-care English (polite and plain-fact complaints, real and exasperated follow-ups), scored at first sight, then trained on: in-sample',
  },
  {
    file: 'corpus5-posts.json',
    note: 'fifth training corpus (en 210, fr 100, de 170, es 120), written by two more hands that never read the detectors, aimed at question-shaped posts that ask nothing beside real questions that look like them (en/fr/de) and at plain, understated and colloquial complaints beside near misses (de/es/en); scored at first sight, then trained on (both models, and a held-out fold of each): in-sample',
  },
  {
    file: 'corpus5-care-posts.json',
    note: 'fifth training corpus, customer-care English (rhetorical and real questions, thanks, follow-ups, polite complaints), scored at first sight, then trained on: in-sample',
  },
  {
    file: 'corpus6-posts.json',
    note: 'sixth training corpus (en 180, fr 170, de 130, es 120), written by a hand that never read the detectors, aimed at question-shaped posts that ask nothing beside real questions, requests without a question mark, and plain, understated and sarcastic complaints beside near misses (de/es/fr); scored at first sight',
  },
  {
    file: 'corpus6-care-posts.json',
    note: 'sixth training corpus, customer-care English (requests without a question mark, follow-ups, plain reports, rhetorical questions, thanks), scored at first sight',
  },
  {
    file: 'corpus7-posts.json',
    note: 'seventh training corpus (100 per language), written by a hand that never read the detectors, aimed at French questions hard to see beside rhetorical ones, English question-shaped posts that ask nothing, and understated and plain complaints (de/es/fr) beside near misses; scored at first sight',
  },
  {
    file: 'corpus7-care-posts.json',
    note: 'seventh training corpus, customer-care English (requests without a question mark, follow-ups asking again, statements that ask nothing, understated complaints), scored at first sight',
  },
  {
    file: 'corpus8-posts.json',
    note: 'eighth training corpus (100 per language), written by a hand that never read the detectors, aimed at complaints easy to miss (fees and price rises, sarcasm without trouble words, waiting told as dates, understated) and at rhetorical beside indirect or unpunctuated real questions, each beside near misses; scored at first sight',
  },
  {
    file: 'corpus8-care-posts.json',
    note: 'eighth training corpus, customer-care English (requests without a question mark, fees, waiting told as dates, sarcasm, understated complaints, rhetorical questions, near misses), scored at first sight',
  },
  {
    file: 'corpus9-posts.json',
    note: 'ninth training corpus (100 per language), written by a hand that never read the detectors, aimed at fee complaints with amounts, sarcasm ending in bare praise, reproachful guesses that ask nothing, French indirect and unpunctuated questions, understated complaints, each beside near misses; scored at first sight',
  },
  {
    file: 'corpus9-care-posts.json',
    note: 'ninth training corpus, customer-care English (fees with amounts, sarcasm ending in bare praise, reproachful guesses, understated complaints, near misses), scored at first sight',
  },
  {
    file: 'corpus10-posts.json',
    note: 'tenth training corpus (100 per language), written by a hand that never read the detectors, aimed at complaints with no complaint word (sarcasm, understatement, reproachful rhetorical questions), complaints told as facts or timelines, French and Spanish questions without a question mark, troubles not the brand\'s, each beside near misses; scored at first sight',
  },
  {
    file: 'corpus10-care-posts.json',
    note: 'tenth training corpus, customer-care English (complaints with no complaint word, timelines, rhetorical reproaches, troubles not the brand\'s, near misses), scored at first sight',
  },
  {
    file: 'corpus11-posts.json',
    note: 'eleventh training corpus (100 per language), written by a hand that never read the detectors, aimed at German and Spanish complaints with no complaint word, complaint false alarms, French indirect and markless questions, rhetorical questions, each beside near misses; scored at first sight',
  },
  {
    file: 'corpus11-care-posts.json',
    note: 'eleventh training corpus, customer-care English (requests with no question mark, follow-ups, their near misses), scored at first sight',
  },
  {
    file: 'corpus12-posts.json',
    note: 'twelfth training corpus (100 per language), written by a hand that never read the detectors, aimed at French complaints with no complaint word, English indirect, markless and SMS questions, English complaint false alarms, German and Spanish hard cases, each beside near misses; scored at first sight',
  },
  {
    file: 'corpus12-care-posts.json',
    note: 'twelfth training corpus, customer-care English (requests with no question mark, chasing follow-ups, complaints and their near misses), scored at first sight',
  },
  {
    file: 'round16-posts.json',
    note: 'round 16, written blind by a fifth hand that never read the detectors (fr/en/de/es), scored at first sight before any change made for round 15, never tuned on; trained on since rounds 18 and 19 became the estimates on unseen posts: in-sample',
  },
  {
    file: 'round16-care-posts.json',
    note: 'round 16, customer-care English written blind by a fifth hand that never read the detectors, scored at first sight, never tuned on; trained on since rounds 18 and 19 became the estimates on unseen posts: in-sample',
  },
  {
    file: 'round17-posts.json',
    note: 'round 17, written blind by a sixth hand that never read the detectors (fr/en/de/es), scored at first sight after the two models\' rework, never tuned on; trained on since rounds 18 and 19 became the estimates on unseen posts: in-sample',
  },
  {
    file: 'round17-care-posts.json',
    note: 'round 17, customer-care English written blind by a sixth hand that never read the detectors, scored at first sight after the two models\' rework, never tuned on; trained on since rounds 18 and 19 became the estimates on unseen posts: in-sample',
  },
  {
    file: 'round18-posts.json',
    note: 'round 18, written blind by a seventh hand that never read the detectors (fr/en/de/es), scored at first sight on the code round 17 was; trained on (both models, and a held-out fold of each) since round 20 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round18-care-posts.json',
    note: 'round 18, customer-care English written blind by a seventh hand that never read the detectors, scored at first sight; trained on since round 20 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round19-posts.json',
    note: 'round 19, written blind by an eighth hand that never read the detectors (fr/en/de/es), scored at first sight on the code round 18 was; read and trained on (both models, and a held-out fold of each) since round 20 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round19-care-posts.json',
    note: 'round 19, customer-care English written blind by an eighth hand that never read the detectors, scored at first sight; read and trained on since round 20 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round20-posts.json',
    note: 'round 20, written blind by a ninth hand that never read the detectors (fr/en/de/es), scored at first sight, never tuned on; trained on (both models, and a held-out fold of each) since round 21 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round20-care-posts.json',
    note: 'round 20, customer-care English written blind by a ninth hand that never read the detectors, scored at first sight, never tuned on; trained on since round 21 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round21-posts.json',
    note: 'round 21, written blind by a tenth hand that never read the detectors (fr/en/de/es), scored at first sight; read and trained on (both models, and a held-out fold of each) since round 22 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round21-care-posts.json',
    note: 'round 21, customer-care English written blind by a tenth hand that never read the detectors, scored at first sight; read and trained on since round 22 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round22-posts.json',
    note: 'round 22, written blind by an eleventh hand that never read the detectors (fr/en/de/es), scored at first sight on 82d6c57 and last while unseen on 0234423; read and trained on (both models, and a held-out fold of each) since round 23 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round22-care-posts.json',
    note: 'round 22, customer-care English written blind by an eleventh hand that never read the detectors, scored at first sight on 82d6c57 and last while unseen on 0234423; read and trained on since round 23 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round23-posts.json',
    note: 'round 23, written blind by a twelfth hand that never read the detectors (fr/en/de/es), scored at first sight on 0234423 and last while unseen on 498e6ce; read and trained on (both models, and a held-out fold of each) since round 24 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round23-care-posts.json',
    note: 'round 23, customer-care English written blind by a twelfth hand that never read the detectors, scored at first sight on 0234423 and last while unseen on 498e6ce; read and trained on since round 24 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round24-posts.json',
    note: 'round 24, written blind by a thirteenth hand that never read the detectors (fr/en/de/es), scored at first sight on 498e6ce and last while unseen on c300f22; read and trained on (both models, and a held-out fold of each) since round 25 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round24-care-posts.json',
    note: 'round 24, customer-care English written blind by a thirteenth hand that never read the detectors, scored at first sight on 498e6ce and last while unseen on c300f22; read and trained on since round 25 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round25-posts.json',
    note: 'round 25, written blind by a fourteenth hand that never read the detectors (fr/en/de/es), scored at first sight on c300f22 and last while unseen on 97329f3; read and trained on (both models, and a held-out fold of each) since round 26 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round25-care-posts.json',
    note: 'round 25, customer-care English written blind by a fourteenth hand that never read the detectors, scored at first sight on c300f22 and last while unseen on 97329f3; read and trained on since round 26 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round26-posts.json',
    note: 'round 26, written blind by a fifteenth hand that never read the detectors (fr/en/de/es), scored at first sight on 97329f3 and last while unseen on 39200a5; read and trained on (both models, and a held-out fold of each) since round 27 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round26-care-posts.json',
    note: 'round 26, customer-care English written blind by a fifteenth hand that never read the detectors, scored at first sight on 97329f3 and last while unseen on 39200a5; read and trained on since round 27 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round27-posts.json',
    note: 'round 27, written blind by a sixteenth hand that never read the detectors (fr/en/de/es), scored at first sight on 39200a5 and last while unseen on 1720261; read and trained on (both models, and a held-out fold of each) since round 28 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round27-care-posts.json',
    note: 'round 27, customer-care English written blind by a sixteenth hand that never read the detectors, scored at first sight on 39200a5 and last while unseen on 1720261; read and trained on since round 28 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round28-posts.json',
    note: 'round 28, written blind by a seventeenth hand that never read the detectors (fr/en/de/es), scored at first sight on 1720261 and last while unseen on d47e709; read and trained on (both models, and a held-out fold of each) since round 29 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round28-care-posts.json',
    note: 'round 28, customer-care English written blind by a seventeenth hand that never read the detectors, scored at first sight on 1720261 and last while unseen on d47e709; read and trained on since round 29 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round29-posts.json',
    note: 'round 29, written blind by an eighteenth hand that never read the detectors (fr/en/de/es), scored at first sight on d47e709 and last while unseen on e8b88e1; read and trained on (both models, and a held-out fold of each) since round 30 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round29-care-posts.json',
    note: 'round 29, customer-care English written blind by an eighteenth hand that never read the detectors, scored at first sight on d47e709 and last while unseen on e8b88e1; read and trained on since round 30 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round30-posts.json',
    note: 'round 30, written blind by a nineteenth hand that never read the detectors (fr/en/de/es), scored at first sight on e8b88e1 and last while unseen on be90c8e; read and trained on (both models, and a held-out fold of each) since round 31 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round30-care-posts.json',
    note: 'round 30, customer-care English written blind by a nineteenth hand that never read the detectors, scored at first sight on e8b88e1 and last while unseen on be90c8e; read and trained on since round 31 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round31-posts.json',
    note: 'round 31, written blind by a twentieth hand that never read the detectors (fr/en/de/es), scored at first sight on be90c8e and last while unseen on 76f9a18; read and trained on (both models, and a held-out fold of each) since round 32 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round31-care-posts.json',
    note: 'round 31, customer-care English written blind by a twentieth hand that never read the detectors, scored at first sight on be90c8e and last while unseen on 76f9a18; read and trained on since round 32 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round32-posts.json',
    note: 'round 32, written blind by a twenty-first hand that never read the detectors (fr/en/de/es), scored at first sight on 76f9a18 and last while unseen on 7040fca; read and trained on (both models, and a held-out fold of each) since round 33 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round32-care-posts.json',
    note: 'round 32, customer-care English written blind by a twenty-first hand that never read the detectors, scored at first sight on 76f9a18 and last while unseen on 7040fca; read and trained on since round 33 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round33-posts.json',
    note: 'round 33, written blind by a twenty-second hand that never read the detectors (fr/en/de/es, most posts two to four sentences), scored at first sight on 7040fca and last while unseen on b2055c3; read and trained on (both models, and a held-out fold of each) since round 34 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round33-care-posts.json',
    note: 'round 33, customer-care English written blind by a twenty-second hand that never read the detectors, scored at first sight on 7040fca and last while unseen on b2055c3; read and trained on since round 34 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round34-posts.json',
    note: 'round 34, written blind by a twenty-third hand that never read the detectors (fr/en/de/es, most posts replies in threads), scored at first sight on b2055c3 and last while unseen on 562e404; read and trained on (both models, and a held-out fold of each) since round 35 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round34-care-posts.json',
    note: 'round 34, customer-care English written blind by a twenty-third hand that never read the detectors, scored at first sight on b2055c3 and last while unseen on 562e404; read and trained on since round 35 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round35-posts.json',
    note: 'round 35, written blind by a twenty-fourth hand that never read the detectors (fr/en/de/es, comments under brands\' posts, many voice-typed or mixing languages), scored at first sight on 562e404 and last while unseen on cb50a4b; read and trained on (both models, and a held-out fold of each) since round 36 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round35-care-posts.json',
    note: 'round 35, customer-care English written blind by a twenty-fourth hand that never read the detectors, scored at first sight on 562e404 and last while unseen on cb50a4b; read and trained on since round 36 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round36-posts.json',
    note: 'round 36, written blind by a twenty-fifth hand that never read the detectors (fr/en/de/es, review-style posts and replies quoting the brand\'s answer, up to 600 characters), scored at first sight on cb50a4b and last while unseen on ba7937a; read and trained on (both models, and a held-out fold of each) since round 37 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round36-care-posts.json',
    note: 'round 36, customer-care English written blind by a twenty-fifth hand that never read the detectors, scored at first sight on cb50a4b and last while unseen on ba7937a; read and trained on since round 37 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round37-posts.json',
    note: 'round 37, written blind by a twenty-sixth hand that never read the detectors (fr/en/de/es, very short thread replies, private messages pasted publicly, posts about the picture they attach, 40% under 40 characters), scored at first sight on ba7937a and last while unseen on 2edcfa3; read and trained on (both models, and a held-out fold of each) since round 38 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round37-care-posts.json',
    note: 'round 37, customer-care English written blind by a twenty-sixth hand that never read the detectors, scored at first sight on ba7937a and last while unseen on 2edcfa3; read and trained on since round 38 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round38-posts.json',
    note: 'round 38, written blind by a twenty-seventh hand that never read the detectors (fr/en/de/es, posts with links, hashtags, pasted letters and e-mails, marketplace questions, the brand\'s messages quoted back, up to 600 characters), scored at first sight on 2edcfa3 and last while unseen on 581e63d; read and trained on (both models, and a held-out fold of each) since round 39 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round38-care-posts.json',
    note: 'round 38, customer-care English written blind by a twenty-seventh hand that never read the detectors, scored at first sight on 2edcfa3 and last while unseen on 581e63d; read and trained on since round 39 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round39-posts.json',
    note: 'round 39, written blind by a twenty-eighth hand that never read the detectors (fr/en/de/es, app-store reviews with stars, numbered multi-part threads in one post, dictated transcripts without punctuation, posts switching language, up to 600 characters), scored at first sight on 581e63d and last while unseen on 0079344; read and trained on (both models, and a held-out fold of each) since round 40 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round39-care-posts.json',
    note: 'round 39, customer-care English written blind by a twenty-eighth hand that never read the detectors, scored at first sight on 581e63d and last while unseen on 0079344; read and trained on since round 40 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round40-posts.json',
    note: 'round 40, written blind by a twenty-ninth hand that never read the detectors (fr/en/de/es, replies quoting the brand\'s post, lists and bullets, long rants up to 900 characters, marketplace sellers and delivery partners), scored at first sight on 0079344 and last while unseen on 2c1cbde; read and trained on (both models, and a held-out fold of each) since round 41 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round40-care-posts.json',
    note: 'round 40, customer-care English written blind by a twenty-ninth hand that never read the detectors, scored at first sight on 0079344 and last while unseen on 2c1cbde; read and trained on since round 41 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round41-posts.json',
    note: 'round 41, written blind by a thirtieth hand that never read the detectors (fr/en/de/es, replies to other fans in a thread, screenshots described in text, emoji-only reactions, sarcastic hashtags, subscriptions and cancellations, dictated voice notes), scored at first sight on 2c1cbde and last while unseen on 096cde3; read and trained on (both models, and a held-out fold of each) since round 42 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round41-care-posts.json',
    note: 'round 41, customer-care English written blind by a thirtieth hand that never read the detectors, scored at first sight on 2c1cbde and last while unseen on 096cde3; read and trained on since round 42 became the estimate on unseen posts: in-sample',
  },
  {
    file: 'round42-posts.json',
    note: 'round 42, written blind by a thirty-first hand that never read the detectors (fr/en/de/es, two brands tagged or compared, quote-posts of news articles, invoice lines and tables of figures, several questions in one post, polls, accessibility, other scripts and loanwords, repeats counted, calm hypotheticals), scored at first sight, never read, tuned or trained on: the estimate on unseen posts',
  },
  {
    file: 'round42-care-posts.json',
    note: 'round 42, customer-care English written blind by a thirty-first hand that never read the detectors, scored at first sight, never read, tuned or trained on',
  },
];

const pct = (x) => x.toFixed(2);
const header = ['group', 'posts', 'no words', 'lang acc (posts with words)', 'q P', 'q R', 'q F1', 'c P', 'c R', 'c F1'];
const showErrors = process.argv.includes('--errors');
/**
 * Rounds kept unseen: `--errors` never lists theirs (they judge work not tuned on them). Round 20 was, until round 21
 * was written to take its place; round 21 was, until round 22 was; round 22 was, until round 23 was; round 23 was,
 * until round 24 was; round 24 was, until round 25 was; round 25 was, until round 26 was; round 26 was, until round 27
 * was; round 27 was, until round 28 was; round 28 was, until round 29 was; round 29 was, until round 30 was; round 30
 * was, until round 31 was; round 31 was, until round 32 was; round 32 was, until round 33 was; round 33 was, until
 * round 34 was; round 34 was, until round 35 was; round 35 was, until round 36 was; round 36 was, until round 37 was;
 * round 37 was, until round 38 was; round 38 was, until round 39 was; round 39 was, until round 40 was; round 40
 * was, until round 41 was; round 41 was, until round 42 was.
 */
const UNSEEN = ['round42-posts.json', 'round42-care-posts.json'];

for (const set of SETS) {
  const file = path.join(ROOT, 'fixtures', 'text', set.file);
  const posts = JSON.parse(readFileSync(file, 'utf8'));
  const groups = scoreLabelledSet(posts);
  const rows = groups.map((g) => [
    g.group,
    String(g.posts),
    String(g.wordless),
    pct(g.languageAccuracy),
    pct(g.question.precision),
    pct(g.question.recall),
    pct(g.question.f1),
    pct(g.complaint.precision),
    pct(g.complaint.recall),
    pct(g.complaint.f1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');

  console.log(
    `\n${posts.length} posts (${path.relative(ROOT, file)}); q = question, c = complaint, P/R = precision/recall; ` +
      'language scored on posts with words (a post of emoji, hashtags or links alone has none: "no words")',
  );
  console.log(set.note);
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  for (const [group, f] of Object.entries(FIRST_SIGHT[set.file] ?? {})) {
    const now = groups.find((g) => g.group === group);
    if (!now) continue;
    console.log(
      `${group.padEnd(3)} first sight -> now: lang (${f.overWords ? 'posts with words' : 'every post -> posts with words'}) ${pct(f.languageAccuracy)} -> ${pct(now.languageAccuracy)}, ` +
        `q P ${pct(f.question.precision)} -> ${pct(now.question.precision)}, q R ${pct(f.question.recall)} -> ${pct(now.question.recall)}, ` +
        `c P ${pct(f.complaint.precision)} -> ${pct(now.complaint.precision)}, c R ${pct(f.complaint.recall)} -> ${pct(now.complaint.recall)}`,
    );
  }
  // The unseen rounds' errors are not listed: they are the estimates of work not yet tuned on them.
  if (showErrors && !UNSEEN.includes(set.file)) {
    const all = groups[groups.length - 1];
    for (const e of all.errors) console.log(`${e.detector.padEnd(9)} expected ${e.expected.padEnd(5)} got ${e.got.padEnd(5)} ${JSON.stringify(e.text)}`);
  }
}

// Throughput on one core, in CPU time (the figure a shared machine's other load does not inflate): every post of every
// set, read as an audit reads it once its language is known (readPostIn: question and complaint, the text prepared
// once for both), then language detection alone.
const all = SETS.flatMap((s) => JSON.parse(readFileSync(path.join(ROOT, 'fixtures', 'text', s.file), 'utf8')));
const langs = all.map((p) => detectLanguage(p.text));
const perCpuSecond = (fn) => {
  for (let k = 0; k < 5; k++) for (let i = 0; i < all.length; i++) fn(i); // warm-up: let the JIT settle
  let n = 0;
  const started = process.cpuUsage();
  const wall = performance.now();
  while (performance.now() - wall < 1500) for (let i = 0; i < all.length; i++) (fn(i), n++);
  const used = process.cpuUsage(started);
  return n / ((used.user + used.system) / 1e6);
};
const known = perCpuSecond((i) => readPostIn(all[i].text, langs[i]));
// detectLanguage keeps its answers for an audit's posts: every pass over the sets would be answered from that cache.
// Each pass gives the posts a new trailing number (no letters, so the same detection), and each text is detected anew.
let pass = 0;
const detect = perCpuSecond((i) => {
  if (i === 0) pass++;
  return detectLanguage(`${all[i].text} ${pass}`);
});
console.log(
  `\nthroughput per CPU-second (${all.length} posts, repeated for ~1.5 s): question + complaint with the language known ` +
    `${Math.round(known).toLocaleString('en')} posts/s; language detection ${Math.round(detect).toLocaleString('en')} posts/s ` +
    `(an audit detects each fan post's language once: computed/post-readings.ts)`,
);
