/**
 * Every label the player shows, in the course language. The compiler embeds
 * one table in the page (see PlayerCourse.strings); the runtime never holds
 * translations itself. `{name}` marks a slot filled by `format`.
 */
export interface UiStrings {
  /** Shown by the page when JavaScript is off. */
  noscript: string;
  skipToContent: string;
  /** Label of the table of contents. */
  contents: string;
  previous: string;
  next: string;
  exit: string;
  /** `{n}`, `{total}`. */
  screenOf: string;
  /** Accessible name of the progress bar. */
  progressLabel: string;
  /** Told to the learner when they try to leave an unanswered assessment question. */
  answerToContinue: string;
  lastScreen: string;
  courseComplete: string;

  checkAnswer: string;
  chooseOne: string;
  chooseAll: string;
  chooseFirst: string;
  correct: string;
  incorrect: string;

  /** Table-of-contents entry for the drawn questions; `{n}`. */
  questionOf: string;
  /** Screen title of an assessment question; `{n}`, `{total}`. */
  questionTitle: string;
  submit: string;
  submitted: string;
  resultTitle: string;
  /** `{score}` is a percentage. */
  yourScore: string;
  passMark: string;
  passed: string;
  failed: string;
  passedNext: string;
  failedNext: string;
  noAttemptsLeft: string;
  attemptsLeftOne: string;
  /** `{n}`. */
  attemptsLeftMany: string;
  retry: string;
  reviewTitle: string;
  yourAnswer: string;
  correctAnswer: string;

  standaloneNotice: string;
  standaloneNoStorageNotice: string;
  lmsUnreachableNotice: string;
  saveFailedNotice: string;
  /** The platform refused part of the record for good (e.g. an LRS answered 400). */
  recordRefusedNotice: string;
  /** The platform stores results but no bookmark (an LRS without the State API). */
  placeKeptHereNotice: string;
  exitedTitle: string;
  exitedBody: string;
  /** A reloaded or restored window whose session already ended (cmi5 allows nothing after terminated). */
  sessionEndedTitle: string;
  sessionEndedBody: string;
  /** Asking whether progress kept in this browser by an unidentified session is this learner's; `{date}`. */
  claimTitle: string;
  claimBody: string;
  claimYes: string;
  claimNo: string;

  /** Visible labels of the :::callouts, so "Myth" and "Fact" are read out, not just coloured. */
  note: string;
  tip: string;
  warning: string;
  myth: string;
  fact: string;
  /** After a contents entry the learner has seen (read with the link before it). */
  visited: string;
  /** Beside a module in the contents; `{seen}`, `{total}` screens. */
  moduleProgress: string;
  /** Beside a module in the contents once every screen of it is seen. */
  moduleComplete: string;
  /** Heading of a :::takeaways block. */
  keyTakeaways: string;
  /** Button that confirms a choice at a scenario decision. */
  scenarioDecide: string;
  /** Before the choice, on its consequence. */
  scenarioYouChose: string;
  /** Heading of the consequence of a choice rated best. */
  scenarioBest: string;
  /** Heading of the consequence of a choice rated acceptable. */
  scenarioAcceptable: string;
  /** Heading of the consequence of a choice rated harmful. */
  scenarioHarmful: string;
  /** After a consequence, on to the next decision or the end. */
  scenarioContinue: string;
  /** Heading of a scenario's end, above the choices made. */
  scenarioEndTitle: string;
  /** Starts a practice scenario again. */
  scenarioRestart: string;
  /** At the end of a graded scenario. */
  scenarioGraded: string;
  /** Told to the learner when the assessment waits for a graded scenario. */
  scenarioToContinue: string;

  /** The cover's button on a first visit. */
  start: string;
  /** The cover's button when there is progress to resume; `{module}` is where the learner left off. */
  continueFrom: string;
  /** The cover's time estimate (course.yml `duration`); `{minutes}`. */
  aboutMinutes: string;
  /** Heading of the module list on the cover. */
  inThisCourse: string;
  /** Beside a module on the cover with no screen seen yet. */
  notStarted: string;
  /** Hint on a reveal card's button; the back is read after it once turned. */
  turnOver: string;
  /** Label of the transcript under a video or audio clip. */
  transcript: string;
}

const en: UiStrings = {
  noscript: 'This course needs JavaScript. Please turn it on in your browser, or ask your training coordinator for help.',
  skipToContent: 'Skip to content',
  contents: 'Contents',
  previous: 'Previous',
  next: 'Next',
  exit: 'Exit',
  screenOf: 'Screen {n} of {total}',
  progressLabel: 'Course progress',
  answerToContinue: 'Submit your answer to continue.',
  lastScreen: 'This is the last screen.',
  courseComplete: 'You have completed this course. You can exit now.',

  checkAnswer: 'Check answer',
  chooseOne: 'Choose one answer.',
  chooseAll: 'Choose all that apply.',
  chooseFirst: 'Choose an answer first.',
  correct: 'Correct',
  incorrect: 'Not quite',

  questionOf: 'Question {n}',
  questionTitle: 'Question {n} of {total}',
  submit: 'Submit answer',
  submitted: 'Answer saved. You will see your results at the end.',
  resultTitle: 'Your result',
  yourScore: 'Your score: {score}%',
  passMark: 'Pass mark: {score}%',
  passed: 'You passed.',
  failed: 'You did not pass this time.',
  passedNext: 'Well done. You have finished the course and can exit now.',
  failedNext: 'Review the lessons, then try again when you are ready.',
  noAttemptsLeft: 'You have used all your attempts. Please contact your training coordinator.',
  attemptsLeftOne: 'You have 1 attempt left.',
  attemptsLeftMany: 'You have {n} attempts left.',
  retry: 'Try again',
  reviewTitle: 'Review your answers',
  yourAnswer: 'Your answer:',
  correctAnswer: 'Correct answer:',

  standaloneNotice: 'This course is not connected to a learning platform. Your progress is kept in this browser only.',
  standaloneNoStorageNotice:
    'This course is not connected to a learning platform, and this browser cannot keep your progress after you close the page.',
  lmsUnreachableNotice:
    'We could not reach your learning platform, so your progress is kept in this browser for now. Open the course again from the platform later, on this computer, and it will be sent then.',
  saveFailedNotice:
    'We could not reach your learning platform. Your progress is kept in this browser and will be sent when the connection comes back.',
  recordRefusedNotice:
    'Your learning platform did not accept part of your record, so it may be incomplete. You can keep going, but please tell your training coordinator.',
  placeKeptHereNotice:
    'Your results are sent to your learning platform, but your place in the course is kept in this browser only. To continue where you left off, use this computer.',
  exitedTitle: 'You have left the course',
  exitedBody: 'Your progress has been saved. You can close this window now.',
  sessionEndedTitle: 'This window no longer records your progress',
  sessionEndedBody:
    'Your progress up to the moment this page was closed or reloaded is saved. To go on, close this window and open the course again from your learning platform.',
  claimTitle: 'Progress kept in this browser',
  claimBody:
    'On {date}, someone worked on this course in this browser while the learning platform could not be reached. If that was you, your progress can be sent to the platform now.',
  claimYes: 'That was me: send it',
  claimNo: 'Not me: start from my record',

  note: 'Note',
  tip: 'Tip',
  warning: 'Warning',
  myth: 'Myth',
  fact: 'Fact',
  visited: 'seen',
  moduleProgress: '{seen} of {total} screens seen',
  moduleComplete: 'all screens seen',
  keyTakeaways: 'Key takeaways',
  scenarioDecide: 'Decide',
  scenarioYouChose: 'You chose:',
  scenarioBest: 'Best choice',
  scenarioAcceptable: 'Acceptable choice',
  scenarioHarmful: 'Harmful choice',
  scenarioContinue: 'Continue',
  scenarioEndTitle: 'End of the scenario',
  scenarioRestart: 'Start the scenario again',
  scenarioGraded: 'Your choices in this scenario count toward your score.',
  scenarioToContinue: 'Finish the scenario to continue.',

  start: 'Start',
  continueFrom: 'Continue where you left off: {module}',
  aboutMinutes: 'About {minutes} minutes',
  inThisCourse: 'In this course',
  notStarted: 'not started',
  turnOver: 'Turn over',
  transcript: 'Transcript',
};

// Spanish addresses the learner as usted, as the lessons do (a formal register for a
// workplace course); every label and notice keeps it.
const es: UiStrings = {
  noscript: 'Este curso necesita JavaScript. Actívelo en su navegador o pida ayuda a la persona a cargo de su capacitación.',
  skipToContent: 'Ir al contenido',
  contents: 'Contenido',
  previous: 'Anterior',
  next: 'Siguiente',
  exit: 'Salir',
  screenOf: 'Pantalla {n} de {total}',
  progressLabel: 'Avance del curso',
  answerToContinue: 'Envíe su respuesta para continuar.',
  lastScreen: 'Esta es la última pantalla.',
  courseComplete: 'Terminó este curso. Ya puede salir.',

  checkAnswer: 'Revisar respuesta',
  chooseOne: 'Elija una respuesta.',
  chooseAll: 'Elija todas las que correspondan.',
  chooseFirst: 'Primero elija una respuesta.',
  correct: '¡Correcto!',
  incorrect: 'No del todo',

  questionOf: 'Pregunta {n}',
  questionTitle: 'Pregunta {n} de {total}',
  submit: 'Enviar respuesta',
  submitted: 'Guardamos su respuesta. Verá sus resultados al final.',
  resultTitle: 'Su resultado',
  yourScore: 'Su puntaje: {score}%',
  passMark: 'Puntaje para aprobar: {score}%',
  passed: '¡Aprobó!',
  failed: 'Esta vez no aprobó.',
  passedNext: '¡Muy bien! Terminó el curso y ya puede salir.',
  failedNext: 'Repase las lecciones y vuelva a intentarlo cuando quiera.',
  noAttemptsLeft: 'Ya usó todos sus intentos. Comuníquese con la persona a cargo de su capacitación.',
  attemptsLeftOne: 'Le queda 1 intento.',
  attemptsLeftMany: 'Le quedan {n} intentos.',
  retry: 'Intentar de nuevo',
  reviewTitle: 'Revise sus respuestas',
  yourAnswer: 'Su respuesta:',
  correctAnswer: 'Respuesta correcta:',

  standaloneNotice: 'Este curso no está conectado a una plataforma de aprendizaje. Su avance se guarda solo en este navegador.',
  standaloneNoStorageNotice:
    'Este curso no está conectado a una plataforma de aprendizaje y este navegador no puede guardar su avance al cerrar la página.',
  lmsUnreachableNotice:
    'No pudimos conectarnos con su plataforma de aprendizaje, así que por ahora su avance se guarda en este navegador. Vuelva a abrir el curso desde la plataforma más tarde, en esta computadora, y se enviará entonces.',
  saveFailedNotice:
    'No pudimos conectarnos con su plataforma de aprendizaje. Su avance queda guardado en este navegador y se enviará cuando vuelva la conexión.',
  recordRefusedNotice:
    'Su plataforma de aprendizaje no aceptó una parte de su registro, así que puede estar incompleto. Puede continuar, pero avise a la persona a cargo de su capacitación.',
  placeKeptHereNotice:
    'Sus resultados se envían a su plataforma de aprendizaje, pero el punto donde va en el curso se guarda solo en este navegador. Para continuar donde se quedó, use esta computadora.',
  exitedTitle: 'Salió del curso',
  exitedBody: 'Guardamos su avance. Ya puede cerrar esta ventana.',
  sessionEndedTitle: 'Esta ventana ya no registra su avance',
  sessionEndedBody:
    'Su avance hasta el momento en que se cerró o se recargó esta página está guardado. Para continuar, cierre esta ventana y vuelva a abrir el curso desde su plataforma de aprendizaje.',
  claimTitle: 'Avance guardado en este navegador',
  claimBody:
    'El {date}, alguien avanzó en este curso en este navegador mientras no se podía conectar con la plataforma de aprendizaje. Si fue usted, ahora podemos enviar ese avance a la plataforma.',
  claimYes: 'Fui yo: enviarlo',
  claimNo: 'No fui yo: empezar desde mi registro',

  note: 'Nota',
  tip: 'Consejo',
  warning: 'Atención',
  myth: 'Mito',
  fact: 'Realidad',
  visited: 'vista',
  moduleProgress: '{seen} de {total} pantallas vistas',
  moduleComplete: 'todas las pantallas vistas',
  keyTakeaways: 'Lo esencial',
  scenarioDecide: 'Decidir',
  scenarioYouChose: 'Usted eligió:',
  scenarioBest: 'La mejor opción',
  scenarioAcceptable: 'Una opción aceptable',
  scenarioHarmful: 'Una opción perjudicial',
  scenarioContinue: 'Continuar',
  scenarioEndTitle: 'Fin del escenario',
  scenarioRestart: 'Empezar el escenario de nuevo',
  scenarioGraded: 'Sus decisiones en este escenario cuentan para su puntaje.',
  scenarioToContinue: 'Termine el escenario para continuar.',

  start: 'Empezar',
  continueFrom: 'Continuar donde lo dejó: {module}',
  aboutMinutes: 'Unos {minutes} minutos',
  inThisCourse: 'En este curso',
  notStarted: 'sin empezar',
  turnOver: 'Dar la vuelta',
  transcript: 'Transcripción',
};

const TABLES: Record<string, UiStrings> = { en, es };

/** Every label name, as course.yml's `labels:` map spells them. */
export const LABEL_NAMES = Object.keys(en) as (keyof UiStrings)[];

/** The built-in table for a BCP 47 tag (exact tag, then its primary subtag), or null when cease has none. */
export function builtInStrings(language: string): UiStrings | null {
  const tag = language.toLowerCase();
  return TABLES[tag] ?? TABLES[tag.split('-')[0] ?? ''] ?? null;
}

/** The table for a BCP 47 tag, falling back to English. */
export function stringsFor(language: string): UiStrings {
  return builtInStrings(language) ?? en;
}

// The player imports `format` from its own module, so the label tables above stay out of its bundle.
export { format } from './label-format.js';
