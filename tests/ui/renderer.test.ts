import { describe, expect, it } from 'vitest';
import { chooseRenderer, isSoftwareRenderer } from '../../src/ui/renderer';

// Names as browsers really report them (WEBGL_debug_renderer_info).
const SOFTWARE = [
  'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
  'Google SwiftShader',
  'llvmpipe (LLVM 15.0.6, 256 bits)',
  'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
  'Mesa softpipe',
];
const HARDWARE = [
  'ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)',
  'ANGLE (NVIDIA, NVIDIA GeForce GTX 1650 Direct3D11 vs_5_0 ps_5_0, D3D11)',
  'Apple M1',
  'Mesa Intel(R) UHD Graphics 630 (CFL GT2)',
  'AMD Radeon Pro 5300M OpenGL Engine',
];

describe('renderer choice', () => {
  it('recognises CPU-emulated WebGL and nothing else', () => {
    for (const name of SOFTWARE) expect(isSoftwareRenderer(name), name).toBe(true);
    for (const name of HARDWARE) expect(isSoftwareRenderer(name), name).toBe(false);
  });

  it('uses Canvas without WebGL or with a software one, WebGL on a real GPU', () => {
    expect(chooseRenderer(null)).toBe('canvas');
    for (const name of SOFTWARE) expect(chooseRenderer(name)).toBe('canvas');
    for (const name of HARDWARE) expect(chooseRenderer(name)).toBe('webgl');
  });
});
