import type { MessageSchema } from './vi'
import { delegatesEn } from './features/delegates'
import { rostersEn } from './features/rosters'
import { importEn } from './features/import'
import { honoursEn } from './features/honours'
import { certificatesEn } from './features/certificates'
import { agendaEn } from './features/agenda'
import { cardsEn } from './features/cards'
import { checkInEn } from './features/check-in'
import { seatingEn } from './features/seating'
import { movementEn } from './features/movement'
import { desksEn } from './features/desks'

const en: MessageSchema = {
  app: {
    name: 'Dais',
    mainNav: 'Main navigation',
    collationWarning:
      'This runtime cannot sort by Vietnamese rules. Lists may be in the wrong order (e.g. Đ after Z).',
    loadFailed: 'Could not load the application data: {error}',
    readOnlyBanner: 'The data is open read-only. You can look but not change anything.'
  },
  nav: {
    events: 'Events',
    organisation: 'Organisation',
    backups: 'Backups',
    audit: 'Audit log',
    awardForms: 'Award forms',
    certificateSetup: 'Templates & printers',
    movement: 'Emulation movement'
  },
  language: {
    label: 'Language',
    vi: 'Tiếng Việt',
    en: 'English',
    de: 'Deutsch',
    deScope: 'German: the certificate screens; other screens show in English'
  },
  leave: {
    title: 'Unfinished edit',
    message:
      'Something you just typed is not saved yet (a cell being edited, say). Leaving drops it.',
    confirm: 'Leave and drop it',
    cancel: 'Stay'
  },
  discard: {
    title: 'Drop what you typed?',
    message: 'This dialog holds something you typed that is not saved. Closing it drops that.',
    confirm: 'Drop it',
    cancel: 'Keep editing'
  },
  undo: {
    button: 'Undo',
    tooltip: 'Undo the last change (Ctrl+Z)',
    next: 'Undo: {what} (Ctrl+Z)',
    none: 'No change to undo yet',
    done: 'Undone: {what}',
    nothing: 'There is nothing left to undo',
    doorConflict:
      'Cannot undo “{what}”: check-ins at the door have since written to the same list. Change it by hand instead.'
  },
  save: {
    saved: 'Saved {time}',
    savedNoTime: 'Saved',
    saving: 'Saving…',
    retrying: 'Not saved — retrying',
    readOnly: 'Read-only',
    unknown: 'Connecting…',
    statusLabel: 'Save status',
    failure: {
      title: 'Changes cannot be saved to disk',
      body: 'Changes not yet on disk: {count}. They are kept in Dais and Dais keeps trying to save them. Do not close Dais: free some disk space or check the data folder, or save a copy elsewhere.',
      since: 'Not saved since {time}.',
      saveCopy: 'Save a copy elsewhere',
      downloaded:
        'A copy of the data was downloaded: {name}. Dais keeps trying to save to the data folder.',
      savedTo:
        'A copy of the data was saved to {path}. Dais keeps trying to save to the data folder.',
      nothingUnsaved: 'Every change is saved to disk.',
      reason: 'Reason (technical)'
    }
  },
  notices: {
    title: {
      restored: 'The data was restored from a backup',
      'read-only-newer-schema': 'The data was written by a newer Dais — opened read-only',
      'started-empty':
        'The data file was damaged and no valid backup was found — Dais started with empty data',
      migrated: 'The data was upgraded to a new format',
      'synced-folder': 'The data folder is inside a cloud-synced folder',
      'unsaved-copy': 'Some changes could not be saved to the data folder — Dais kept a copy'
    },
    unsavedCopyWhere: 'The copy was made {time} and is at: {path}',
    unsavedCopyMissing: 'Changes in this copy that the current data lacks: {count}.',
    unsavedCopyMaybe: 'The current data may lack some of the changes in this copy.',
    unsavedCopyHow:
      'To keep those changes: close Dais and copy this file over dais-data.json in the data folder. Then (or if you do not need them) move the file elsewhere and this notice goes.',
    restoredFrom: 'Restored from backup {name} from {time}.',
    restoredFromNoTime: 'Restored from backup {name}.',
    quarantined: 'The damaged data file was kept as {name}.',
    automaticBackup: '(automatic)',
    technicalDetails: 'Technical details',
    dismiss: 'Dismiss notice'
  },
  kinds: {
    congress: 'Congress',
    conference: 'Conference',
    ceremony: 'Ceremony'
  },
  events: {
    title: 'Events',
    create: 'Create event',
    openSample: 'Open sample event',
    emptyTitle: 'No events yet',
    emptyHint:
      'Create your first event (a congress, conference or ceremony) or open the sample event to see how Dais works.',
    showArchived: 'Show archived events',
    listLabel: 'Event list',
    archivedTag: 'Archived',
    sampleTag: 'Sample',
    noDate: 'No date',
    columns: {
      title: 'Event title',
      kind: 'Kind',
      date: 'Date',
      venue: 'Venue',
      actions: 'Actions'
    },
    actions: {
      open: 'Open',
      edit: 'Edit',
      duplicate: 'Duplicate',
      archive: 'Archive',
      unarchive: 'Unarchive',
      delete: 'Delete'
    },
    created: 'Created event “{title}”',
    updated: 'Saved event “{title}”',
    duplicated: 'Duplicated as “{title}”',
    archived: 'Archived “{title}”',
    unarchived: 'Unarchived “{title}”',
    deleted: 'Deleted “{title}”',
    sampleOpened: 'Opened the sample event “{title}”',
    deleteConfirm: {
      title: 'Delete event',
      message:
        'Delete the event “{title}”? It disappears from the list; if needed it can be restored from a backup.',
      confirm: 'Delete',
      cancel: 'Cancel'
    }
  },
  eventForm: {
    createTitle: 'Create event',
    editTitle: 'Edit event',
    title: 'Event title',
    titlePlaceholder: 'e.g. Tien Phong Ward Patriotic Emulation Congress',
    kind: 'Event kind',
    period: 'Period',
    reviewPeriod: 'Period reviewed (achievements)',
    launchPeriod: 'Period launched',
    periodFrom: 'From year',
    periodTo: 'To year',
    reviewFromLabel: 'Reviewed from year',
    reviewToLabel: 'Reviewed to year',
    launchFromLabel: 'Launched from year',
    launchToLabel: 'Launched to year',
    periodHint:
      'The decision and certificates name the achievements of the period reviewed; the MC script uses whichever period each part is about.',
    date: 'Date',
    startTime: 'Start time',
    startTimePlaceholder: 'e.g. 07:30',
    venue: 'Venue',
    venuePlaceholder: 'e.g. Ward People’s Committee hall',
    organiser: 'Organiser',
    organiserPlaceholder: 'e.g. Tien Phong Ward People’s Committee',
    submitCreate: 'Create',
    submitEdit: 'Save',
    cancel: 'Cancel',
    errors: {
      titleRequired: 'Please enter the event title',
      tooLong: 'At most {max} characters',
      year: 'The year must have 4 digits (1900–2200)',
      periodOrder: '“To year” must not be before “From year”',
      time: 'Use HH:MM, e.g. 07:30',
      server: 'Invalid value'
    }
  },
  firstStart: {
    title: 'Where to start?',
    organisation:
      'Fill in the organisation first: its name, place, document symbol and signers — every document and certificate uses them.',
    event: 'Create an event (or open the sample event to see how it goes).',
    inside:
      'Inside the event: import delegates, draw up and approve rosters, prepare the decision, print certificates, build the programme.',
    fillOrganisation: 'Fill in the organisation'
  },
  workspace: {
    back: 'Back to the event list',
    sectionsLabel: 'Event sections',
    notFound: 'This event was not found. It may have been deleted.',
    sectionFailed:
      'This part of Dais could not be loaded. Reload the page; if it still fails, start Dais again.',
    reload: 'Reload the page',
    sections: {
      overview: 'Overview',
      delegates: 'Delegates',
      rosters: 'Rosters & approval',
      honours: 'Honours',
      certificates: 'Certificates',
      cards: 'Cards & invitations',
      checkIn: 'Check-in',
      seating: 'Seating',
      agenda: 'Programme'
    },
    progress: {
      title: 'Preparation',
      next: 'Next: {step}.',
      go: 'Open {step}',
      allDone: 'The main preparation steps are done.',
      steps: {
        organisation: 'Organisation details',
        delegates: 'Delegates',
        rosters: 'Rosters & approval',
        honours: 'Honours',
        certificates: 'Certificates',
        agenda: 'Programme'
      },
      organisation: {
        done: 'the organisation is named, for document headers and certificates',
        todo: 'not filled in yet — every document and certificate needs the organisation, place and signers'
      },
      delegates: '{n} delegates',
      rosters: '{approved} of {n} rosters approved',
      honours: '{honorees} honorees; {issued} of {n} decisions issued',
      certificates: '{printed} of {n} certificates recorded as printed',
      agenda: '{items} agenda items, {rounds} award rounds'
    },
    overview: {
      edit: 'Edit details',
      kind: 'Event kind',
      period: 'Period reviewed',
      launchPeriod: 'Period launched',
      date: 'Date',
      startTime: 'Start time',
      venue: 'Venue',
      organiser: 'Organiser',
      updatedAt: 'Last updated',
      empty: 'Not set'
    }
  },
  eventFile: {
    export: 'Export file',
    exportOf: 'Export the event “{title}” to a file',
    import: 'Import from file',
    fileInput: 'Event file',
    dropHint: 'Drop an event file (.dais-event.json) here to import it',
    imported: 'Imported the event “{title}”',
    importFailed: 'Could not import “{fileName}”: {reason}',
    tooLarge: 'the file is larger than 50 MB ({size}).',
    readFailed: 'the file could not be read.',
    reasons: {
      notJson: 'this is not a Dais event file (it is not JSON text).',
      notEventFile: 'this is not a Dais event file.',
      newerVersion: 'the file was exported by a newer version of Dais; update Dais first.',
      damaged: 'the file is damaged or was edited by hand (checksum mismatch).',
      invalidEvent: 'the event in the file is invalid.'
    }
  },
  organisation: {
    title: 'Organisation',
    intro:
      'Used for the document header, the place-and-date line and the signature block on certificates and documents.',
    authorityName: 'Authority name',
    authorityPlaceholder: 'e.g. Ủy ban nhân dân phường Tiền Phong',
    headerLines: 'Header lines',
    headerLine: 'Header line {n}',
    headerHint: 'Default: {lines}',
    deriveHeader: 'Generate from authority name',
    superiorLines: 'Superior body (printed in regular type)',
    superiorNone: 'None — every line names the issuing body (bold)',
    superiorSome: 'The first {n} line(s)',
    addHeaderLine: 'Add line',
    removeHeaderLine: 'Remove header line {n}',
    placeName: 'Place name',
    placeNamePlaceholder: 'e.g. Tiền Phong',
    placeNameHint: 'Used for the line “{example}”',
    documentSymbol: 'Document symbol',
    documentSymbolPlaceholder: 'e.g. QĐ-UBND',
    signers: 'Signers',
    signerName: 'Full name',
    signerTitle: 'Title',
    signerOnBehalfOf: 'Signs for the head (KT.), by order (TL.) or by authorisation (TUQ.)',
    signerCollective: 'On behalf of the body (TM.)',
    signerCollectiveOf: 'On behalf of the body (signer {n})',
    signerCollectivePlaceholder: 'e.g. ỦY BAN NHÂN DÂN',
    signerDelegationOf: 'How signer {n} signs for the head',
    signerActing: 'Acting (Q.)',
    signerActingOf: 'Acting — Q. (signer {n})',
    signerPreview: 'Preview',
    signerNameOf: 'Full name of signer {n}',
    signerTitleOf: 'Title of signer {n}',
    signerOnBehalfOfOf: 'On behalf of (signer {n})',
    signerTitlePlaceholder: 'e.g. PHÓ CHỦ TỊCH',
    signerOnBehalfPlaceholder: 'e.g. CHỦ TỊCH',
    addSigner: 'Add signer',
    removeSigner: 'Remove signer {n}',
    noSigners: 'No signers yet',
    logo: 'Logo',
    logoFile: 'Logo file',
    chooseLogo: 'Choose logo',
    removeLogo: 'Remove logo',
    logoPreview: 'Logo preview',
    logoHint: 'PNG or JPEG image, at most 1 MB.',
    logoWrongType: 'The logo must be a PNG or JPEG image',
    logoTooLarge: 'The logo is larger than 1 MB ({size})',
    logoReadFailed: 'Could not read the image file',
    settingsTitle: 'Settings',
    operatorName: 'Operator name',
    operatorHint: 'Recorded in the audit log.',
    uiLanguage: 'Interface language',
    save: 'Save changes',
    discard: 'Discard changes',
    dirty: 'Unsaved changes',
    clean: 'No unsaved changes',
    saved: 'Organisation saved',
    leaveConfirm: {
      title: 'Unsaved changes',
      message: 'The organisation has unsaved changes. Leave and discard them?',
      confirm: 'Discard changes',
      cancel: 'Stay'
    }
  },
  backups: {
    title: 'Backups',
    intro:
      'Dais backs up the data automatically. You can also create a named backup before a big change.',
    name: 'Backup name',
    namePlaceholder: 'e.g. Before freezing the roster',
    createNow: 'Create backup now',
    created: 'Created backup “{name}”',
    nameRequired: 'Please enter a backup name',
    listLabel: 'Backup list',
    empty: 'No backups yet',
    columns: {
      kind: 'Kind',
      name: 'Name',
      time: 'Time',
      size: 'Size',
      actions: 'Actions'
    },
    kinds: {
      rolling: 'Automatic',
      named: 'Named'
    },
    unnamed: 'Automatic backup',
    restore: 'Restore',
    restoreConfirm: {
      title: 'Restore backup',
      message:
        'Restore the data to the backup “{name}” from {time}? All current data will be replaced by this backup.',
      confirm: 'Restore',
      cancel: 'Cancel'
    },
    restored: 'Restored the data from the backup from {time}'
  },
  audit: {
    title: 'Audit log',
    listLabel: 'Audit log',
    empty: 'No changes yet',
    columns: {
      time: 'Time',
      operator: 'Operator',
      entity: 'Entity',
      summary: 'Summary'
    },
    entities: {
      organisation: 'Organisation',
      settings: 'Settings',
      event: 'Event',
      backup: 'Backup',
      delegate: 'Delegate',
      roster: 'Roster',
      import: 'Import',
      honoree: 'Honoree',
      awardForm: 'Award form',
      decision: 'Decision',
      register: 'Register',
      template: 'Template',
      printerProfile: 'Printer profile',
      font: 'Font',
      agendaItem: 'Agenda item',
      awardRound: 'Award round',
      unit: 'Unit',
      emulationTitle: 'Emulation title',
      movement: 'Emulation movement',
      registration: 'Registration',
      proposal: 'Proposal',
      council: 'Council meeting',
      checkIn: 'Check-in',
      hallPlan: 'Hall plan'
    },
    /** How each audited action reads after the entity's name ("Đại biểu: sửa …"). */
    actions: {
      create: 'created',
      update: 'edited',
      delete: 'deleted',
      duplicate: 'duplicated',
      import: 'imported from a file',
      archive: 'archived',
      unarchive: 'unarchived',
      sample: 'filled from the sample event',
      restore: 'restored',
      undo: 'undone',
      'add-many': 'added several rows',
      'bulk-update': 'edited in bulk',
      categories: 'changed the delegate categories',
      columns: 'changed the custom columns',
      revokeCard: 'card revoked',
      createCheckInKey: 'check-in key created',
      addMembers: 'people added to the roster',
      addMember: 'one person added to the roster',
      updateMember: 'roster entry edited',
      removeMembers: 'people removed from the roster',
      submit: 'submitted for approval',
      returnToDraft: 'returned to draft',
      approve: 'approved',
      openVersion: 'new version opened',
      issue: 'issued',
      void: 'register number voided',
      print: 'printing recorded',
      add: 'added',
      replace: 'replaced',
      template: 'created from a programme template',
      reorder: 'reordered',
      settings: 'programme settings changed',
      vote: 'vote result recorded',
      'move-honoree': 'recipient moved to another round',
      start: 'item started',
      finish: 'programme finished',
      'reset-run': 'actual times cleared',
      save: 'saved',
      tally: 'results tallied',
      attach: 'file attached',
      detach: 'attachment removed',
      'check-in': 'checked in',
      'check-out': 'checked out',
      absence: 'absence reason recorded',
      guest: 'guest added at the desk',
      substitute: 'substitute added',
      quorum: 'quorum rules changed',
      'assign-seats': 'seats assigned automatically',
      'move-seat': 'seat changed'
    },
    describe: {
      event: {
        create: 'Created event “{subject}”',
        update: 'Edited event “{subject}”',
        duplicate: 'Duplicated an event as “{subject}”',
        archive: 'Archived event “{subject}”',
        unarchive: 'Unarchived event “{subject}”',
        delete: 'Deleted event “{subject}”',
        import: 'Imported event “{subject}” from a file'
      },
      organisation: {
        update: 'Updated the organisation ({fields})',
        updateNoFields: 'Updated the organisation',
        sample: 'Filled the organisation from the sample event (“{subject}”)'
      },
      settings: {
        update: 'Changed settings ({fields})',
        updateNoFields: 'Changed settings'
      },
      backup: {
        restore: 'Restored from backup “{subject}”'
      },
      undo: 'Undo: {what}',
      other: '{entity}: {action} “{subject}”'
    },
    councilMeeting: {
      dated: 'meeting of {date}',
      ofYear: 'meeting of {year}'
    },
    unknownOperator: '(unknown)'
  },
  suspectText: {
    wrongCodePage:
      'Contains “{char}” ({codePoint}), which looks like {suggestion} but comes from the wrong code page — usually copied from an old document.',
    lookalike:
      'Contains “{char}” ({codePoint}), which looks like {suggestion} but is not a Vietnamese letter — usually copied from a web page or a foreign document.',
    replacement:
      'Contains a broken character “{char}” — the text may have been damaged when it was copied.',
    fix: 'Replace with {suggestion}'
  },
  dateField: {
    placeholder: 'dd/mm/yyyy',
    format: 'Type the date as day/month/year, e.g. 05/09/2025',
    impossible: 'There is no such day as {text}',
    range: 'The year must be between {min} and {max}',
    after: 'The date must not be after {max}'
  },
  numberField: {
    required: 'Enter a number.',
    range: 'The value must be between {min} and {max}.',
    atLeast: 'The value must be {min} or more.',
    atMost: 'The value must be {max} or less.',
    whole: 'Must be a whole number.',
    decimals: 'At most {decimals} decimal places.'
  },
  common: {
    loading: 'Loading…',
    retry: 'Retry',
    close: 'Close'
  },
  errors: {
    INVALID_ARGUMENT: 'Some input is not valid',
    UNKNOWN_METHOD: 'This operation is not supported',
    NOT_FOUND: 'Not found',
    CONFLICT: 'The data was changed elsewhere; please reload',
    NOTHING_TO_UNDO: 'There is nothing left to undo',
    READ_ONLY: 'The data is open read-only',
    STORAGE_FAILED: 'Could not write the data to disk',
    accessToken:
      'This page has no access token. Open the address Dais printed when it started (the one with ?token=…), or close this tab and start Dais again.',
    FORBIDDEN: 'This operation is not allowed',
    FROZEN: 'This version is approved or issued and cannot be changed',
    INCOMPLETE: 'Required information is missing',
    UNSUPPORTED_FILE: 'This file cannot be read',
    MISSING_GLYPHS: 'The font cannot print some characters',
    CANCELLED: 'Cancelled',
    INTERNAL: 'An unexpected error occurred'
  },
  delegates: delegatesEn,
  rosters: rostersEn,
  import: importEn,
  honours: honoursEn,
  certificates: certificatesEn,
  agenda: agendaEn,
  cards: cardsEn,
  checkIn: checkInEn,
  seating: seatingEn,
  movement: movementEn,
  desks: desksEn
}

export default en
