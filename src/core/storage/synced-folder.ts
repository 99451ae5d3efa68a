const syncedOrUserFolders = [
  'onedrive',
  'dropbox',
  'google drive',
  'googledrive',
  'my drive',
  'icloud',
  'icloud drive',
  'iclouddrive',
  'mobile documents',
  'com~apple~clouddocs',
  'documents',
  'desktop'
]

/**
 * True when `path` lies in a folder that sync clients or backup tools commonly watch, where
 * another program may hold, replace or duplicate the data file.
 */
export function isLikelySyncedFolder(path: string): boolean {
  return path
    .split(/[\\/]+/)
    .map((segment) => segment.toLowerCase())
    .some((segment) =>
      syncedOrUserFolders.some(
        (name) =>
          segment === name || segment.startsWith(`${name} `) || segment.startsWith(`${name}-`)
      )
    )
}
