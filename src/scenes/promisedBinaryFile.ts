import Phaser from 'phaser';

/**
 * A file for Phaser's loader whose bytes come from a request the page made earlier, not from a
 * request of its own: the loader still counts it, reports progress and caches it as a binary
 * file, so a scene's progress bar follows it like any other. `null` bytes count as a failed load.
 */
export class PromisedBinaryFile extends Phaser.Loader.File {
  private readonly bytes: Promise<ArrayBuffer | null>;

  constructor(
    loader: Phaser.Loader.LoaderPlugin,
    key: string,
    url: string,
    bytes: Promise<ArrayBuffer | null>,
  ) {
    super(loader, {
      type: 'binary',
      cache: loader.cacheManager.binary,
      key,
      url,
      responseType: 'arraybuffer',
    });
    this.bytes = bytes;
  }

  override load(): void {
    this.state = Phaser.Loader.FILE_LOADING;
    // A rejected promise is a failed load too: the loader must hear of every file once.
    void this.bytes
      .catch(() => null)
      .then((data) => {
        this.data = data;
        this.loader.nextFile(this, data !== null);
      });
  }

  override onProcess(): void {
    this.state = Phaser.Loader.FILE_PROCESSING;
    this.onProcessComplete();
  }
}
