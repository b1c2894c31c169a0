// The blob side: one container in Azurite, and signed (SAS) URLs for single
// blobs in it — what the real service hands @actions/cache for upload and
// download. @azure/storage-blob is the SDK @actions/cache itself uploads with,
// so signing with it matches what the client and Azurite expect.
import { BlobSASPermissions, ContainerClient, StorageSharedKeyCredential, generateBlobSASQueryParameters } from '@azure/storage-blob'
import { AZURITE_ACCOUNT, AZURITE_KEY } from './azurite.js'

export const CONTAINER = 'actions-cache'

// Sign with a service version Azurite knows: the SDK's default can be newer
// than the emulator, whose string-to-sign may then differ.
const SAS_VERSION = '2024-11-04'
const UPLOAD_TTL_MS = 6 * 3600 * 1000 // a big archive on a slow disk
const DOWNLOAD_TTL_MS = 3600 * 1000

export class BlobStore {
  private readonly credential = new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY)
  private readonly container: ContainerClient

  constructor(accountUrl: string) {
    this.container = new ContainerClient(`${accountUrl}/${CONTAINER}`, this.credential)
  }

  async init(): Promise<void> {
    await this.container.createIfNotExists()
  }

  /** Create+write: enough for Put Blob and for Put Block / Put Block List. */
  uploadUrl(blobName: string): string {
    return this.sign(blobName, 'cw', UPLOAD_TTL_MS)
  }

  downloadUrl(blobName: string): string {
    return this.sign(blobName, 'r', DOWNLOAD_TTL_MS)
  }

  /** The committed blob's size, or undefined when nothing was uploaded. */
  async size(blobName: string): Promise<number | undefined> {
    try {
      const props = await this.container.getBlobClient(blobName).getProperties()
      return props.contentLength
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return undefined
      throw error
    }
  }

  private sign(blobName: string, permissions: string, ttlMs: number): string {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: CONTAINER,
        blobName,
        permissions: BlobSASPermissions.parse(permissions),
        expiresOn: new Date(Date.now() + ttlMs),
        version: SAS_VERSION
      },
      this.credential
    ).toString()
    return `${this.container.getBlobClient(blobName).url}?${sas}`
  }
}
