/**
 * A small promise wrapper over IndexedDB's request and transaction events: just what the workspace
 * storage needs, so the app adds no runtime dependency.
 */

/** The value a request produces, or its error. */
export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
  })
}

/** Settles when the transaction commits (its writes are durable) or fails. */
export function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve()
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'))
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction was aborted'))
  })
}

/**
 * Runs `work` in one transaction over `stores` and resolves with its result once the transaction
 * has committed. `work` must only queue requests (no awaiting other things), or the transaction ends early.
 */
export async function inTransaction<T>(db: IDBDatabase, stores: string[], mode: IDBTransactionMode, work: (transaction: IDBTransaction) => Promise<T>): Promise<T> {
  const transaction = db.transaction(stores, mode)
  const done = transactionDone(transaction)
  const result = await work(transaction).catch((error: unknown) => {
    transaction.abort()
    throw error
  })
  await done
  return result
}

/**
 * Opens (creating or upgrading) a database. `upgrade` runs when the stored version is older than
 * `version`, with the version found (0 for a new database), inside the upgrade transaction.
 */
export function openDatabase(
  factory: IDBFactory, name: string, version: number,
  upgrade: (db: IDBDatabase, oldVersion: number, transaction: IDBTransaction) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, version)
    request.onupgradeneeded = (event) => {
      if (request.transaction) upgrade(request.result, event.oldVersion, request.transaction)
    }
    request.onsuccess = () => {
      const db = request.result
      // A newer build in another tab wants to upgrade: let it, rather than block it.
      db.onversionchange = () => db.close()
      resolve(db)
    }
    request.onerror = () => reject(request.error ?? new Error(`Could not open the ${name} database`))
    request.onblocked = () => reject(new Error(`The ${name} database is in use by an older version of this app in another tab; close it and reload`))
  })
}
