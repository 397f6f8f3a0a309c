/**
 * Which Phaser renderer the game uses. WebGL when the browser has a real GPU behind it; Phaser's
 * Canvas renderer when WebGL would be emulated on the CPU (SwiftShader, llvmpipe, Windows' basic
 * render driver — common on school machines and virtual desktops). Software WebGL runs every
 * pixel through Phaser's shaders and manages a few frames a second at a classroom projector's
 * size; the browser's own 2D canvas draws the same scenes at full speed.
 */
export type RendererChoice = 'webgl' | 'canvas';

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

/** True for the names browsers give CPU-emulated WebGL. */
export function isSoftwareRenderer(name: string): boolean {
  return SOFTWARE_RENDERERS.test(name);
}

/** The GPU's name as WebGL reports it, or null when there is no WebGL at all. */
export function webglRendererName(doc: Document = document): string | null {
  const canvas = doc.createElement('canvas');
  const gl = canvas.getContext('webgl') ?? canvas.getContext('experimental-webgl');
  if (!(gl instanceof WebGLRenderingContext)) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(
    gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? 'unknown',
  );
  // Give the probe's context back at once; browsers limit how many may live.
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return name;
}

/** Canvas when there is no WebGL or only a software one; otherwise WebGL. */
export function chooseRenderer(rendererName: string | null): RendererChoice {
  return rendererName === null || isSoftwareRenderer(rendererName) ? 'canvas' : 'webgl';
}
