import type { certificatesVi } from './certificates'

/** German for the certificate screens (the templates already print German: issue 14). */
export const certificatesDe: typeof certificatesVi = {
  title: 'Urkunden',
  kinds: { collective: 'Kollektiv', individual: 'Einzelperson', household: 'Haushalt' },
  common: {
    actions: 'Aktionen',
    cancel: 'Abbrechen',
    delete: 'Löschen',
    design: 'Gestalten',
    view: 'Ansehen',
    duplicate: 'Duplizieren',
    edit: 'Bearbeiten',
    export: 'Als Datei exportieren',
    save: 'Speichern',
    yes: 'Ja',
    no: 'Nein'
  },
  setup: {
    tabsLabel: 'Vorlagen, Drucker und Schriften',
    templates: 'Urkundenvorlagen',
    profiles: 'Druckerkalibrierung',
    fonts: 'Schriften'
  },
  templates: {
    title: 'Urkundenvorlagen',
    intro:
      'Mitgelieferte Vorlagen lassen sich nicht bearbeiten: duplizieren Sie eine und gestalten Sie die Kopie. Vorlagen lassen sich als Datei für einen anderen Computer exportieren.',
    name: 'Name der Vorlage',
    page: 'Papier',
    mode: 'Druckart',
    fields: 'Felder',
    builtIn: 'Mitgeliefert',
    empty: 'Noch keine Vorlagen.',
    import: 'Vorlage aus Datei importieren…',
    importFile: 'Urkundenvorlage (.json)',
    imported: 'Vorlage „{name}“ importiert',
    importFailed: '„{fileName}“ konnte nicht importiert werden: {reason}',
    reasons: {
      malformed: 'Die Datei ist keine Dais-Urkundenvorlage oder sie ist beschädigt.',
      newer:
        'Die Datei stammt aus einer neueren Dais-Version. Aktualisieren Sie Dais und importieren Sie sie erneut.'
    },
    copyName: '{name} (Kopie)',
    duplicated: '„{name}“ angelegt',
    deleteTitle: 'Vorlage löschen',
    deleteConfirm: 'Vorlage „{name}“ löschen? Strg+Z macht es rückgängig.',
    deleteNamed: 'Vorlage {name} löschen',
    deleted: 'Vorlage „{name}“ gelöscht',
    missingLink:
      'Die in der Adresse genannte Vorlage konnte nicht geöffnet werden: Sie existiert nicht mehr (vielleicht wurde sie gelöscht). Wählen Sie eine Vorlage aus der Liste.',
    missingCardLink:
      'Die in der Adresse genannte Vorlage konnte nicht geöffnet werden: Diese Karten- oder Tischkartenvorlage gibt es nicht mehr (sie wurde gelöscht, oder die Adresse ist falsch). Zum Gestalten wählen Sie unten unter „Delegate cards“ oder „Name tents“ eine Vorlage bei „Card template“ und klicken auf „Design the template“.'
  },
  designer: {
    title: 'Vorlage {name} gestalten',
    backToList: 'Vorlagenliste',
    name: 'Name der Vorlage',
    unsaved: 'Nicht gespeichert',
    fixNumbers:
      'Ein Zahlenfeld enthält einen ungültigen Wert (roter Rahmen): bitte vor dem Speichern korrigieren.',
    fixElsewhere:
      'Das Feld „{field}“ hat in „{property}“ noch einen ungültigen Wert ({value}): Wählen Sie das Feld wieder aus und korrigieren Sie ihn vor dem Speichern.',
    showRefused: '„{field}“ korrigieren',
    emptyValue: 'leer',
    undo: 'Rückgängig',
    undoHint: 'Strg+Z macht die letzte Änderung im Designer rückgängig (vor dem Speichern)',
    redo: 'Wiederholen',
    save: 'Vorlage speichern',
    saved: 'Vorlage „{name}“ gespeichert',
    discard: 'Änderungen verwerfen',
    duplicateToEdit: 'Zum Bearbeiten duplizieren',
    builtInHint:
      'Dies ist eine mitgelieferte Vorlage und schreibgeschützt. „Zum Bearbeiten duplizieren“ legt Ihre eigene Kopie an.',
    leaveTitle: 'Nicht gespeicherte Änderungen',
    leaveConfirm:
      'Die Vorlage hat nicht gespeicherte Änderungen. Den Designer verlassen und sie verwerfen?',
    leave: 'Änderungen verwerfen',
    conflict: {
      title: 'Die Vorlage wurde in einem anderen Fenster geändert',
      message:
        'Während sie hier bearbeitet wurde, wurde diese Vorlage in einem anderen Fenster gespeichert. Diese Fassung mit den Änderungen von hier überschreiben, diese Fassung laden (die Änderungen von hier verwerfen) oder abbrechen?',
      overwrite: 'Mit meiner Fassung überschreiben',
      loadTheirs: 'Die andere laden (meine verwerfen)'
    },
    deleted: {
      title: 'Die Vorlage wurde gelöscht',
      message:
        'Diese Vorlage wurde gerade in einem anderen Fenster (oder durch Rückgängig) gelöscht. Die nicht gespeicherten Änderungen sind noch da: als neue Vorlage speichern oder verwerfen?',
      banner:
        'Diese Vorlage wurde gerade in einem anderen Fenster gelöscht. Die nicht gespeicherten Änderungen sind noch da.',
      keep: 'Als neue Vorlage speichern',
      discard: 'Änderungen verwerfen',
      kept: 'Die Änderungen wurden als neue Vorlage „{name}“ gespeichert',
      closed:
        'Die Vorlage „{name}“ wurde gerade in einem anderen Fenster (oder durch Rückgängig) gelöscht; der Designer wurde geschlossen.',
      discarded: 'Die Änderungen an „{name}“ wurden verworfen; die Vorlage war gelöscht.'
    },
    pageSize: 'Papier',
    pageWidth: 'Breite (mm)',
    pageHeight: 'Höhe (mm)',
    pages: {
      a4Landscape: 'A4 quer',
      a4Portrait: 'A4 hoch',
      a3Landscape: 'A3 quer',
      a3Portrait: 'A3 hoch',
      custom: 'Eigenes Format'
    },
    mode: 'Druckart',
    modes: { blank: 'Auf Vordruck', full: 'Vollständige Gestaltung' },
    language: 'Sprache der Vorlage',
    languages: { vi: 'Vietnamesisch', en: 'Englisch', de: 'Deutsch' },
    modeHints: {
      blank:
        'Auf Vordruck: Der Scan des Vordrucks hilft nur beim Platzieren am Bildschirm und wird nie gedruckt; gedruckt wird nur der veränderliche Text.',
      full: 'Vollständige Gestaltung: Alles (Rahmen, Staatsbezeichnung, Hintergrund …) wird auf Normalpapier gedruckt.'
    },
    chooseBackground: 'Scan des Vordrucks hochladen…',
    removeBackground: 'Scan entfernen',
    backgroundFile: 'Scan des Vordrucks (PNG oder JPEG)',
    imageWrongType: 'Nur PNG- oder JPEG-Bilder werden angenommen.',
    imageTooLarge:
      'Das Bild ist zu groß (höchstens etwa 1,5 MB). Verkleinern Sie es und versuchen Sie es erneut.',
    addField: 'Feld hinzufügen:',
    fieldTypes: {
      text: 'Text',
      image: 'Bild',
      line: 'Linie',
      box: 'Rahmen',
      qr: 'QR-Code'
    },
    layer: 'Gilt für',
    layers: {
      common: 'Alle Ausgezeichneten',
      collective: 'Nur Kollektive',
      individual: 'Nur Einzelpersonen',
      household: 'Nur Haushalte'
    },
    zoom: 'Zoom',
    trueScale: '100 % (Originalgröße)',
    grid: 'Fangraster',
    gridOff: 'Aus',
    sampleData: 'Beispieldaten',
    sampleEvent: 'Veranstaltung',
    sampleHonoree: 'Empfänger',
    sampleProfile: 'Drucker',
    noHonoree: 'Anschauungsdaten',
    noProfile: 'Keine Kalibrierung',
    previewImage: 'PDF-Vorschau der Urkunde',
    previewLatency: 'Die Vorschau ist die echte PDF-Seite, aktualisiert nach {ms} ms',
    previewFailed: 'Die Vorschau konnte nicht erstellt werden.',
    warnings: 'Warnungen',
    noWarnings: 'Keine Warnungen: Aller Text passt und liegt im druckbaren Bereich.',
    selectHint:
      'Klicken Sie auf ein Feld der Seite, um es zu bearbeiten. Ziehen verschiebt, Ziehen an den Ecken ändert die Größe; Pfeiltasten verschieben um einen Rasterschritt (Umschalt: zehn), Entf entfernt das Feld, Alt beim Ziehen schaltet das Einrasten ab.',
    properties: 'Feldeigenschaften',
    label: 'Feldname',
    boxMm: 'Position und Größe (mm)',
    box: {
      xMm: 'Vom linken Rand',
      yMm: 'Vom oberen Rand',
      widthMm: 'Breite',
      heightMm: 'Höhe'
    },
    content: 'Inhalt',
    insertPlaceholder: 'Datenfeld einfügen…',
    font: 'Schrift',
    sizePt: 'Größe (pt)',
    minSizePt: 'Mindestens',
    bold: 'Fett',
    italic: 'Kursiv',
    upperCase: 'GROSSBUCHSTABEN',
    align: 'Ausrichtung',
    aligns: { left: 'Links', center: 'Zentriert', right: 'Rechts', justify: 'Blocksatz' },
    verticalAlign: 'Vertikale Ausrichtung',
    verticalAligns: { top: 'Oben', middle: 'Mitte', bottom: 'Unten' },
    maxLines: 'Höchstens Zeilen',
    lineHeight: 'Zeilenabstand',
    color: 'Farbe',
    strokePt: 'Linienstärke (pt)',
    chooseImage: 'Bild wählen…',
    delegatePhoto: 'Foto jedes Delegierten drucken',
    delegatePhotoHint:
      'Beim Drucken der Ausweise den Fotoordner wählen: jedes Foto nach der Delegiertennummer (42.jpg) oder dem vollen Namen benannt. Das Bild hier dient nur der Vorschau.',
    removeField: 'Feld entfernen',
    resetOverride: 'Wie bei allen Ausgezeichneten',
    preprinted:
      'Auf dem Vordruck vorgedruckt (nur bei vollständiger Gestaltung und Probedruck gedruckt)'
  },
  placeholders: {
    honorific: 'Herr/Frau/Haushalt',
    name: 'Name der Person/des Kollektivs',
    nameLine: 'Anrede und Name',
    posthumous: 'Posthum',
    awardVerb: 'Verliehen / posthum verliehen',
    posthumousPrefix: '„Truy“ vor einem vorgedruckten „Tặng“',
    position: 'Funktion, Anschrift',
    achievement: 'Verdienst',
    awardTitle: 'Auszeichnungsform (GIẤY KHEN)',
    decisionNumber: 'Beschlussnummer',
    decisionDate: 'Beschlussdatum',
    decisionRef: 'Beschluss Nr. … vom …',
    registerNumber: 'Registernummer',
    placeDate: 'Ort und Datum',
    signerTitle: 'Funktion des Unterzeichners',
    signerOnBehalfOf: 'Zeichnungsbefugnis (TM., KT., TL., TUQ.)',
    signerName: 'Name des Unterzeichners',
    eventTitle: 'Titel der Veranstaltung',
    authority: 'Verleihende Stelle',
    organisation: 'Name der Behörde oder Organisation',
    year: 'Jahr'
  },
  warnings: {
    overflow: 'passt selbst in der Mindestgröße nicht in sein Feld',
    margin: 'liegt im nicht bedruckbaren Rand des Druckers',
    glyphs: 'der Schrift fehlen Zeichen: {chars}',
    overlap: 'liegt über „{other}“'
  },
  profiles: {
    title: 'Druckerkalibrierung',
    intro:
      'Jeder Drucker und jede Vordruckart hat eine Kalibrierung (Versatz, Maßstab, Drehung). Sie wird beim Drucken angewandt und ändert die Vorlage nie.',
    add: 'Drucker hinzufügen',
    addTitle: 'Drucker hinzufügen',
    editTitle: 'Druckerkalibrierung bearbeiten',
    calibrate: 'Kalibrieren',
    calibrateNew: 'Neuen Drucker kalibrieren…',
    name: 'Drucker / Vordruckart',
    namePlaceholder: 'z. B. Canon LBP 2900 — Urkundenvordruck A4',
    nameRequired: 'Geben Sie den Namen des Druckers ein.',
    offset: 'Versatz nach rechts / unten',
    scale: 'Maßstab horizontal / vertikal',
    fields: {
      offsetXMm: 'Nach rechts (mm)',
      offsetYMm: 'Nach unten (mm)',
      scaleX: 'Horizontaler Maßstab',
      scaleY: 'Vertikaler Maßstab',
      rotate180: 'Vordruck wird kopfüber eingelegt (um 180° drehen)',
      marginMm: 'Nicht bedruckbarer Rand (mm)'
    },
    offsetHint:
      'Positive Zahlen verschieben den Text nach rechts / unten, negative nach links / oben.',
    empty: 'Noch keine Drucker. Kalibrieren Sie den Drucker, bevor Sie auf Vordrucke drucken.',
    saved: 'Kalibrierung „{name}“ gespeichert',
    deleteTitle: 'Drucker löschen',
    deleteConfirm: 'Kalibrierung „{name}“ löschen?',
    deleteNamed: 'Drucker {name} löschen',
    deleted: 'Kalibrierung „{name}“ gelöscht'
  },
  calibration: {
    title: 'Druckerkalibrierung',
    defaultName: 'Bürodrucker',
    steps: {
      print: 'Blatt drucken',
      hold: 'An einen Vordruck halten',
      measure: 'Messwerte eingeben',
      save: 'Speichern'
    },
    actualSize: 'Mit „Tatsächliche Größe“ / 100 % drucken',
    actualSizeDetail:
      'Schalten Sie im Druckdialog „An Seite anpassen“ / „Auf Seitengröße verkleinern“ aus und wählen Sie 100 %. Drucken Sie auf Normalpapier im Format des Vordrucks.',
    paper: 'Papier',
    withCurrent:
      'Das Blatt wird mit der aktuellen Kalibrierung von „{name}“ gedruckt ({x} mm nach rechts, {y} mm nach unten).',
    download: 'Kalibrierblatt herunterladen (PDF)',
    hold1:
      'Legen Sie das gedruckte Blatt so auf einen Vordruck, dass linke und obere Kante bündig sind.',
    hold2:
      'Halten Sie beide gegen das Licht (Fenster, Lampe), um Fadenkreuze und Vordruck zu sehen.',
    hold3:
      'Messen Sie mit den gedruckten Linealen, wie viele mm die Fadenkreuze von ihrem Sollort entfernt liegen.',
    measureIntro:
      'Geben Sie an, wie weit das Fadenkreuz oben links (20, 20) mm abweicht. Lassen Sie die beiden Abstände leer, wenn der Druck maßstabsgetreu ist.',
    shiftRight: 'Der Druck liegt so viele mm zu weit rechts (zu weit links: negativ)',
    shiftDown: 'Der Druck liegt so viele mm zu tief (zu hoch: negativ)',
    rulerX: 'Die äußeren Fadenkreuze, waagerecht {mm} mm auseinander, messen (mm)',
    rulerY: 'Die äußeren Fadenkreuze, senkrecht {mm} mm auseinander, messen (mm)',
    optional: 'optional',
    back: 'Zurück',
    next: 'Weiter',
    saveProfile: 'Kalibrierung speichern',
    saved: 'Kalibrierung „{name}“ gespeichert',
    done: 'Kalibrierung gespeichert',
    doneHint:
      'Drucken Sie das Kalibrierblatt zur Kontrolle noch einmal: Sitzen die Fadenkreuze an ihrem Platz, ist der Drucker bereit.',
    checkAgain: 'Zur Kontrolle erneut drucken',
    close: 'Fertig'
  },
  fonts: {
    title: 'Schriften',
    intro:
      'Dais liefert Tinos (Maße von Times New Roman) und Arimo mit. Sie können TTF/OTF-Schriften von diesem Computer hinzufügen (z. B. times.ttf von Windows); eine Schrift muss alle vietnamesischen Zeichen enthalten.',
    family: 'Schriftname',
    familyPlaceholder: 'Leer: aus dem Dateinamen übernommen',
    style: 'Schnitt',
    styles: { regular: 'Normal', bold: 'Fett', italic: 'Kursiv', boldItalic: 'Fett kursiv' },
    file: 'Schriftdatei (TTF oder OTF)',
    add: 'Schrift hinzufügen…',
    added: 'Schrift „{family}“ hinzugefügt',
    wrongType: 'Nur .ttf- oder .otf-Schriftdateien werden angenommen.',
    refused: 'Schrift „{fileName}“ abgelehnt: Vietnamesische Buchstaben fehlen',
    missingIntro:
      'Dieser Schrift fehlen folgende Buchstaben, daher lassen sich vietnamesische Namen damit nicht drucken:',
    source: 'Herkunft',
    bundled: 'Mitgeliefert',
    user: 'Hinzugefügt',
    deleted: 'Schrift „{family}“ gelöscht'
  },
  batch: {
    decision: 'Auszeichnungsbeschluss',
    noDecision: 'Beschluss wählen',
    draftDecision: 'Entwurf (noch ohne Nummer)',
    noDecisions:
      'Die Veranstaltung hat noch keinen Auszeichnungsbeschluss. Entwerfen Sie einen im Reiter Auszeichnungen.',
    notIssued:
      'Der Beschluss ist noch nicht erlassen, es gibt also keine Registernummern: Drucken Sie nur einen Probedruck auf Normalpapier.',
    template: 'Urkundenvorlage',
    profile: 'Drucker',
    noProfile: 'Keine Kalibrierung',
    setupLink: 'Druckvorlagen…',
    output: 'Ausgabe',
    outputs: { single: 'Eine PDF-Datei', zip: 'Eine Datei je Urkunde (ZIP)' },
    namePattern: 'Dateinamen',
    namePatternProblems: {
      required: 'Bitte ein Muster für die Dateinamen eingeben, z. B. {example}.',
      unknown: '{field} gibt es nicht: nur {known} verwenden.'
    },
    plainPaperTest: 'Probedruck auf Normalpapier',
    plainPaperHint:
      'Der Probedruck druckt den Scan des Vordrucks und den Seitenrahmen auf Normalpapier, um Text und Positionen zu prüfen; nichts wird eingetragen.',
    actualSizeHint:
      'Wählen Sie beim Drucken „Tatsächliche Größe / 100 %“, nicht „An Seite anpassen“.',
    check: 'Prüfen',
    checkOk: 'Alle {count} Urkunden lassen sich drucken: Der Text passt, keine Zeichen fehlen.',
    print: 'Urkundendatei erstellen ({count})',
    reprintSelected: 'Datei für die Ausgewählten erstellen ({count})',
    reprintSelectHint:
      'Markieren Sie zuerst in der Liste die Urkunden, die neu erstellt werden sollen.',
    reprintRange: 'Datei für Seiten erstellen…',
    progress: 'Druckfortschritt',
    progressText: '{done}/{total} Urkunden erstellt',
    starting: 'Wird vorbereitet…',
    cancelled: 'Der Druckauftrag wurde abgebrochen; es wurde keine Datei erstellt.',
    stopped: 'Nicht gedruckt: Einige Urkunden müssen geprüft werden (Liste unten).',
    rendered: '„{fileName}“ erstellt',
    ready:
      '„{fileName}“ erstellt. Das Erstellen der Datei trägt nichts ein: Drücken Sie nach dem Drucken „Gedruckt…“, um die gelungenen Blätter einzutragen.',
    testReady: 'Probedruck „{fileName}“ erstellt (nichts eingetragen).',
    open: 'Öffnen',
    tabLink: 'Kein neuer Tab? Datei hier öffnen',
    save: 'Datei speichern',
    problems: 'Zu prüfende Probleme',
    problemsTitle: 'Zu prüfen ({count})',
    noProblems: 'Keine Probleme.',
    sampleHonoree: 'Anschauungsdaten',
    confirmOverflow:
      'Ich habe sie gesehen und drucke die nicht passenden Zeilen trotzdem (kleiner als die Mindestgröße oder über das Feld hinaus)',
    fixGlyphs:
      'Einige Zeichen lassen sich mit der Schrift nicht drucken: Ändern Sie die Schrift der Vorlage oder berichtigen Sie den Namen und prüfen Sie erneut.',
    orderTitle: 'Druckreihenfolge = Bühnenreihenfolge ({count})',
    orderHint:
      'Die Übergaberunden aus dem Reiter Programm, wenn es sie gibt, sonst die Reihenfolge im Beschluss.',
    select: 'Auswählen',
    selectNamed: '{name} auswählen',
    page: 'Seite',
    recipient: 'Empfänger',
    registerNumber: 'Register-Nr.',
    prints: 'Gedruckt',
    reprinted: '{count}-mal neu ausgestellt',
    emptyOrder: 'Noch keine Urkunden zu drucken.'
  },
  printed: {
    title: 'Gedrucktes eintragen',
    hint: 'Nur die hier bestätigten Blätter kommen ins Register. Das Erstellen der PDF-Datei zählt nicht als Drucken.',
    printedPages: 'Gelungene Seiten',
    spoiledPages: 'Verdorbene Seiten, neu zu drucken',
    spoiledPlaceholder: 'z. B. 5 — leer lassen, wenn keine',
    spoiledReason: 'Warum sie verdorben sind',
    spoiledReasonPlaceholder: 'z. B. Papierstau, Zeilen verrutscht',
    again:
      'Für die Seiten {pages} gibt es schon ein gelungenes Blatt: Dies ist eine Neuausstellung (cấp lại) und braucht einen Grund.',
    submit: 'Ins Register eintragen',
    badPages: '„{part}“ ist keine gültige Seite (1 bis {max}).',
    both: 'Die Seiten {pages} sind zugleich „gelungen“ und „verdorben“.',
    noPages: 'Geben Sie mindestens eine Seite an.',
    spoiledReasonRequired: 'Geben Sie an, warum die Seiten verdorben sind.',
    reprintReasonRequired: 'Geben Sie den Grund für die Neuausstellung an.',
    notIssued:
      'Der Beschluss ist nicht erlassen, es gibt also keine Registernummern zum Eintragen.',
    open: 'Gedruckt…',
    recorded: 'Ins Register eingetragen: {printed} Blätter gedruckt, {spoiled} verdorben.',
    spoiledTag: '{count} verdorben'
  },
  reprint: {
    title: 'Datei für einige Seiten erstellen',
    pages: 'Seiten',
    pagesPlaceholder: 'z. B. 5 oder 3, 7-9',
    reason: 'Grund der Neuausstellung',
    reasonPlaceholder: 'z. B. verdorbener Vordruck, falsch geschriebener Name',
    hint: 'Eine neu ausgestellte Urkunde behält ihre Registernummer. Das Erstellen der Datei trägt nichts ein: Sobald ein Blatt gelungen ist, drücken Sie „Gedruckt…“.',
    submit: 'Datei erstellen',
    badPages: '„{part}“ ist keine gültige Seite (1 bis {max}).',
    noPages: 'Wählen Sie mindestens eine Seite.'
  }
}
