import { join } from 'node:path'

export interface HostEnvironment {
  platform: NodeJS.Platform
  env: Record<string, string | undefined>
  homeDir: string
}

export const appFolderName = 'Dais'

/**
 * Electron's `app.getPath('userData')` for an app named "Dais", computed without Electron so the
 * browser mode and the CLI open the same folder as the desktop app.
 */
export function defaultDataDir({ platform, env, homeDir }: HostEnvironment): string {
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homeDir, 'AppData', 'Roaming'), appFolderName)
  if (platform === 'darwin') return join(homeDir, 'Library', 'Application Support', appFolderName)
  return join(env.XDG_CONFIG_HOME || join(homeDir, '.config'), appFolderName)
}
