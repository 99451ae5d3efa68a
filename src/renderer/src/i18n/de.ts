import type { MessageSchema } from './vi'
import { certificatesDe } from './features/certificates-de'

/**
 * The parts of the UI translated to German: the frame around every screen and the certificate
 * screens (issue 14 asks for those at least). Every other screen falls back to English.
 */
export type GermanMessages = Pick<
  MessageSchema,
  | 'app'
  | 'nav'
  | 'language'
  | 'leave'
  | 'discard'
  | 'undo'
  | 'save'
  | 'dateField'
  | 'numberField'
  | 'common'
  | 'errors'
> & { certificates: MessageSchema['certificates'] }

export const germanSections = [
  'app',
  'nav',
  'language',
  'leave',
  'discard',
  'undo',
  'save',
  'dateField',
  'numberField',
  'common',
  'errors',
  'certificates'
] as const satisfies readonly (keyof GermanMessages)[]

const de: GermanMessages = {
  app: {
    name: 'Dais',
    mainNav: 'Hauptnavigation',
    collationWarning:
      'Diese Laufzeitumgebung kann nicht nach vietnamesischen Regeln sortieren. Listen können falsch geordnet sein (z. B. Đ nach Z).',
    loadFailed: 'Die Anwendungsdaten konnten nicht geladen werden: {error}',
    readOnlyBanner:
      'Die Daten sind schreibgeschützt geöffnet. Sie können sie ansehen, aber nichts ändern.'
  },
  nav: {
    events: 'Veranstaltungen',
    organisation: 'Organisation',
    backups: 'Backups',
    audit: 'Protokoll',
    awardForms: 'Ehrungen',
    certificateSetup: 'Druckvorlagen',
    movement: 'Wettbewerbe'
  },
  language: {
    label: 'Sprache',
    vi: 'Tiếng Việt',
    en: 'English',
    de: 'Deutsch',
    deScope: 'Deutsch: Urkunden-Bildschirme; die übrigen Bildschirme erscheinen auf Englisch'
  },
  leave: {
    title: 'Unfertige Eingabe',
    message:
      'Etwas gerade Eingegebenes ist noch nicht gespeichert (etwa eine Zelle in Bearbeitung). Beim Verlassen geht es verloren.',
    confirm: 'Verlassen und verwerfen',
    cancel: 'Bleiben'
  },
  discard: {
    title: 'Eingabe verwerfen?',
    message:
      'In diesem Dialog steht etwas Eingegebenes, das noch nicht gespeichert ist. Beim Schließen geht es verloren.',
    confirm: 'Verwerfen',
    cancel: 'Weiter bearbeiten'
  },
  undo: {
    button: 'Rückgängig',
    tooltip: 'Letzte Änderung rückgängig machen (Strg+Z)',
    next: 'Rückgängig: {what} (Strg+Z)',
    none: 'Noch keine Änderung zum Rückgängigmachen',
    done: 'Rückgängig gemacht: {what}',
    nothing: 'Es gibt nichts mehr rückgängig zu machen',
    doorConflict:
      '„{what}“ kann nicht rückgängig gemacht werden: Der Einlass hat seitdem in dieselbe Liste geschrieben. Bitte direkt ändern.'
  },
  save: {
    saved: 'Gespeichert {time}',
    savedNoTime: 'Gespeichert',
    saving: 'Wird gespeichert…',
    retrying: 'Nicht gespeichert — neuer Versuch',
    readOnly: 'Schreibgeschützt',
    unknown: 'Verbindung wird hergestellt…',
    statusLabel: 'Speicherstatus',
    failure: {
      title: 'Änderungen können nicht auf die Festplatte gespeichert werden',
      body: 'Noch nicht gespeicherte Änderungen: {count}. Dais behält sie und versucht weiter, sie zu speichern. Schließen Sie Dais nicht: Schaffen Sie Platz auf der Festplatte, prüfen Sie den Datenordner oder speichern Sie eine Kopie an einem anderen Ort.',
      since: 'Nicht gespeichert seit {time}.',
      saveCopy: 'Kopie an anderem Ort speichern',
      downloaded:
        'Eine Kopie der Daten wurde heruntergeladen: {name}. Dais versucht weiter, in den Datenordner zu speichern.',
      savedTo:
        'Eine Kopie der Daten wurde unter {path} gespeichert. Dais versucht weiter, in den Datenordner zu speichern.',
      nothingUnsaved: 'Alle Änderungen sind auf der Festplatte gespeichert.',
      reason: 'Grund (technisch)'
    }
  },
  dateField: {
    placeholder: 'TT/MM/JJJJ',
    format: 'Geben Sie das Datum als Tag/Monat/Jahr ein, z. B. 05/09/2025',
    impossible: 'Den Tag {text} gibt es nicht',
    range: 'Das Jahr muss zwischen {min} und {max} liegen',
    after: 'Das Datum darf nicht nach dem {max} liegen'
  },
  numberField: {
    required: 'Bitte eine Zahl eingeben.',
    range: 'Der Wert muss zwischen {min} und {max} liegen.',
    atLeast: 'Der Wert muss mindestens {min} sein.',
    atMost: 'Der Wert darf höchstens {max} sein.',
    whole: 'Bitte eine ganze Zahl eingeben.',
    decimals: 'Höchstens {decimals} Nachkommastellen.'
  },
  common: {
    loading: 'Wird geladen…',
    retry: 'Erneut versuchen',
    close: 'Schließen'
  },
  errors: {
    INVALID_ARGUMENT: 'Eine Eingabe ist ungültig',
    UNKNOWN_METHOD: 'Dieser Vorgang wird nicht unterstützt',
    NOT_FOUND: 'Nicht gefunden',
    CONFLICT: 'Die Daten wurden an anderer Stelle geändert; bitte neu laden',
    NOTHING_TO_UNDO: 'Es gibt nichts mehr rückgängig zu machen',
    READ_ONLY: 'Die Daten sind schreibgeschützt geöffnet',
    STORAGE_FAILED: 'Die Daten konnten nicht auf die Festplatte geschrieben werden',
    accessToken:
      'Dieser Seite fehlt das Zugriffstoken. Öffnen Sie die Adresse, die Dais beim Start ausgegeben hat (mit ?token=…), oder schließen Sie diesen Tab und starten Sie Dais neu.',
    FORBIDDEN: 'Dieser Vorgang ist nicht erlaubt',
    FROZEN: 'Diese Fassung ist genehmigt oder erlassen und kann nicht geändert werden',
    INCOMPLETE: 'Erforderliche Angaben fehlen',
    UNSUPPORTED_FILE: 'Diese Datei kann nicht gelesen werden',
    MISSING_GLYPHS: 'Die Schrift kann einige Zeichen nicht drucken',
    CANCELLED: 'Abgebrochen',
    INTERNAL: 'Ein unerwarteter Fehler ist aufgetreten'
  },
  certificates: certificatesDe
}

export default de
