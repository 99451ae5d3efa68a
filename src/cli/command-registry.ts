import type { CliCommand } from './cli-command'

/**
 * Every feature command's name and help line, and the module that runs it. The module is loaded
 * only when its command runs, so `dais --help` and a mistyped command answer without loading
 * the core (a test checks these lines match each command's own `help`).
 */
export interface RegisteredCommand {
  help: string
  load: () => Promise<CliCommand>
}

type Group = Record<string, CliCommand>

function group(load: () => Promise<Group>, helps: Record<string, string>) {
  return Object.fromEntries(
    Object.entries(helps).map(([name, help]): [string, RegisteredCommand] => [
      name,
      {
        help,
        load: async () => {
          const command = (await load())[name]
          if (!command) throw new Error(`command "${name}" is registered but not defined`)
          return command
        }
      }
    ])
  )
}

export const featureCommands: Record<string, RegisteredCommand> = {
  ...group(async () => (await import('./import-commands')).importCommands, {
    'import-check':
      'import-check FILE --kind delegates|honorees|units|households [--json] [--lang vi|en]'
  }),
  ...group(async () => (await import('./delegates-commands')).delegatesCommands, {
    delegates: 'delegates --event ID [--json] [--data-dir DIR]   list an event’s delegates',
    delegate: 'delegate ID [--json] [--data-dir DIR]   one delegate, every field',
    'add-delegates':
      'add-delegates --event ID FILE.json [--json] [--data-dir DIR]   add the delegates of a JSON array ({ "fullName": … } each) in one change'
  }),
  ...group(async () => (await import('./rosters-commands')).rostersCommands, {
    'roster-pdf':
      'roster-pdf --event ID --roster ID|NAME [--version N] [--kind list|attendance|composition] [--columns stt,fullName,...] [--order name|roster] -o OUT.pdf',
    export: 'export --event ID --roster ID|NAME [--version N] --format xlsx|csv -o OUT'
  }),
  ...group(async () => (await import('./honours-commands')).honoursCommands, {
    honorees: 'honorees EVENT_ID [--json]            list an event’s honorees by kind',
    decisions: 'decisions EVENT_ID [--json]           list an event’s decisions',
    'issue-decision':
      'issue-decision DECISION_ID            issue a draft decision and number its certificates',
    register:
      'register [--event ID] [--search TEXT] [--xlsx FILE] [--json]   the register of certificates',
    'decision-pdf':
      'decision-pdf DECISION_ID --out FILE   the decision with its attached list as PDF'
  }),
  ...group(async () => (await import('./certificates-commands')).certificatesCommands, {
    certificates:
      'certificates --event ID [--decision ID] | --honorees FILE.xlsx  --template NAME|FILE [--profile NAME] [--only 3,7-9] [--test-copy] [--confirm-overflow] -o OUT.pdf|OUT.zip (making the file records nothing: tell Dais what came out right with `dais printed`)',
    printed:
      'printed --event ID [--decision ID] [--pages 1-30,32] [--spoiled 31 --reason TEXT] [--reprint-reason TEXT]  (positions in print order, as `dais certificates --only` takes them)',
    'calibration-sheet':
      'calibration-sheet --size A4|A3|A5|WxH (mm) [--landscape] [--profile NAME] -o OUT.pdf'
  }),
  ...group(async () => (await import('./cards-commands')).cardsCommands, {
    cards:
      'cards --event ID | --delegates FILE.xlsx [--title EVENT] [--template NAME] [--profile NAME] [--sheet A4|A3] [--orientation auto|portrait|landscape] [--order number|unit|name|seat] [--only 3,7-9] [--photos DIR] [--confirm-overflow] -o OUT.pdf   --delegates: straight from a spreadsheet, nothing stored, no check-in codes',
    'name-tents':
      'name-tents --event ID [--template NAME] [--profile NAME] -o OUT.pdf   presidium and secretariat',
    invitations:
      'invitations --event ID [--number N] [--symbol GM-UBND] [--date YYYY-MM-DD] [--time TEXT] [--place TEXT] [--dress TEXT] [--contact TEXT] [--order number|unit|name|seat] [--zip] -o OUT.pdf|OUT.zip   without letter options: the saved invitation settings; --zip: one PDF per invitee',
    labels:
      'labels --event ID (--sheet L7160 | --grid COLSxROWS --label WxH --pitch XxY --origin LEFTxTOP) [--skip N] [--order number|unit|name|seat] -o OUT.pdf   envelope labels on A4 (mm); --sheet list names the sheets'
  }),
  ...group(async () => (await import('./attendance-commands')).attendanceCommands, {
    'check-in':
      'check-in --event ID [--desk NAME] CODE…   check in the codes as the cards’ QR codes carry them',
    'credentials-report':
      'credentials-report --event ID [--chair NAME] -o FILE.pdf   Báo cáo thẩm tra tư cách đại biểu and the absentees',
    'check-in-codes':
      'check-in-codes --event ID [--json]   every card’s check-in code, by delegate number',
    'verify-code':
      'verify-code --event ID CODE… [--json]   what each code is (valid, revoked, forged, unknown, malformed), checking nobody in'
  }),
  ...group(async () => (await import('./movement-commands')).movementCommands, {
    progress:
      'progress [--movement ID] [--year YYYY] [--json] [-o FILE.pdf]   the movement’s targets that year',
    registrations:
      'registrations --year YYYY [--json]   the year’s title registrations and household tallies'
  }),
  ...group(async () => (await import('./agenda-commands')).agendaCommands, {
    'agenda-show': 'agenda-show EVENT_ID [--data-dir DIR]   the programme with computed times',
    'agenda-pdf':
      'agenda-pdf EVENT_ID --kind programme|run-sheet|mc-script|tray-lists|seating|timeline --out FILE.pdf [--data-dir DIR]'
  })
}
