// ForceAtlas2's exact repulsion for four rows at a time as a small WebAssembly kernel with 128-bit SIMD, assembled
// here from its instructions (no toolchain, no binary file: the bytes below are the source). It does what the
// four-row block of forceatlas2.ts' repulse does, operation for operation: the package computes in float64 and rounds
// to float32 at every store, so each lane computes in float64 (f64x2: rows a and b in one vector, c and d in the
// other) and rounds each running sum to float32 after each addition (demote, promote), as the JavaScript does with
// Math.fround. WebAssembly's float64 arithmetic, square root and division are IEEE-754's correctly rounded ones and it
// never fuses a multiply and an add, so each value is the same to the bit. Per earlier node the four rows' sqrt and
// two divisions run two lanes at once; the earlier node's dx and dy, side by side in one vector (x and y lanes), take
// the four rows' subtractions in row order (9% faster than each taking them one by one as scalars).
//
// A pair at distance 0 (or NaN) adds nothing in the package; here its lanes' forces are masked to +0 first: the
// earlier node's sum minus +0 is itself (-0 included), and a row's sum plus +0 is itself since a row's sum is never
// -0 (it starts at +0, and a sum rounded to nearest is -0 only when both terms are).

/** The kernel over memory laid out as `repulsionKernel` describes; undefined where WebAssembly SIMD is unavailable. */
export interface RepulsionKernel {
  /**
   * Rows b..b+3 against the nodes lo..b-1: subtracts each pair's force from the earlier node's dx, dy and writes the
   * four rows' sums (a, b, c, d's x then y, as f64: ax bx ay by cx dx cy dy) at byte 0 of the memory.
   */
  block(lo: number, b: number, repulsion: number): void;
  x: Float32Array;
  y: Float32Array;
  mass: Float32Array;
  dx: Float32Array;
  dy: Float32Array;
  sums: Float64Array;
}

// Opcodes used (WebAssembly 2.0 core and SIMD).
const I32 = 0x7f;
const F64 = 0x7c;
const V128 = 0x7b;
const LOCAL_GET = 0x20;
const LOCAL_SET = 0x21;
const LOCAL_TEE = 0x22;
const I32_ADD = 0x6a;
const I32_LT_U = 0x49;
const I32_GE_U = 0x4f;
const I32_CONST = 0x41;
const I32_SHL = 0x74;
const BLOCK = 0x02;
const LOOP = 0x03;
const BR_IF = 0x0d;
const END = 0x0b;
const EMPTY = 0x40;
const SIMD = 0xfd;
// SIMD opcodes (after the 0xfd prefix, as LEB128).
const V128_STORE = 0x0b;
const I8X16_SHUFFLE = 0x0d;
const V128_LOAD32_LANE = 0x56;
const V128_STORE32_LANE = 0x5a;
const V128_LOAD32_ZERO = 0x5c;
const V128_CONST = 0x0c;
const V128_LOAD32_SPLAT = 0x09;
const V128_LOAD64_ZERO = 0x5d;
const F64X2_SPLAT = 0x14;
const F64X2_GT = 0x4a;
const V128_AND = 0x4e;
const F32X4_DEMOTE_F64X2_ZERO = 0x5e;
const F64X2_PROMOTE_LOW_F32X4 = 0x5f;
const F64X2_SQRT = 0xef;
const F64X2_ADD = 0xf0;
const F64X2_SUB = 0xf1;
const F64X2_MUL = 0xf2;
const F64X2_DIV = 0xf3;

function leb(value: number): number[] {
  const out: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return out;
}

const simd = (op: number): number[] => [SIMD, ...leb(op)];
const get = (local: number): number[] => [LOCAL_GET, ...leb(local)];
const set = (local: number): number[] => [LOCAL_SET, ...leb(local)];
const tee = (local: number): number[] => [LOCAL_TEE, ...leb(local)];
const vec = (bytes: number[]): number[] => [...leb(bytes.length), ...bytes];
const name = (text: string): number[] => vec([...Buffer.from(text, 'utf8')]);
const section = (id: number, bytes: number[]): number[] => [id, ...vec(bytes)];

// Parameters: byte offsets of x, y, mass, dx, dy; lo and b (node indices); the repulsion (scaling ratio).
const P_X = 0, P_Y = 1, P_M = 2, P_DX = 3, P_DY = 4, P_LO = 5, P_B = 6, P_REP = 7;
// Locals: i32 j (byte offset of the earlier node), end (byte offset of b); then v128s.
const J = 8, END_AT = 9;
const XAB = 10, YAB = 11, RAB = 12, XCD = 13, YCD = 14, RCD = 15, AXAB = 16, AYAB = 17, AXCD = 18, AYCD = 19;
const X2 = 20, Y2 = 21, M2 = 22, XD = 23, YD = 24, DIST = 25, F = 26, PXAB = 27, PYAB = 28, PXCD = 29, PYCD = 30, MASK = 31, SXY = 32;
const V128_LOCALS = SXY - XAB + 1;

/** A float32 at `base + offset` (i32 locals) made a float64 splat in both lanes. */
const splatAt = (base: number, offset: number): number[] =>
  [...get(base), ...get(offset), I32_ADD, ...simd(V128_LOAD32_SPLAT), 2, 0, ...simd(F64X2_PROMOTE_LOW_F32X4)];
/** The two float32s at `base + b*4`, as float64 lanes. */
const pairAt = (base: number): number[] =>
  [...get(base), ...get(P_B), I32_CONST, 2, I32_SHL, I32_ADD, ...simd(V128_LOAD64_ZERO), 3, 0, ...simd(F64X2_PROMOTE_LOW_F32X4)];

/** Two rows' pairs with the earlier node: their forces (masked) into px, py, and the rows' sums updated. */
function lanes(xs: number, ys: number, rs: number, ax: number, ay: number, px: number, py: number): number[] {
  return [
    ...get(xs), ...get(X2), ...simd(F64X2_SUB), ...set(XD),
    ...get(ys), ...get(Y2), ...simd(F64X2_SUB), ...set(YD),
    ...get(XD), ...get(XD), ...simd(F64X2_MUL), ...get(YD), ...get(YD), ...simd(F64X2_MUL), ...simd(F64X2_ADD), ...simd(F64X2_SQRT), ...set(DIST),
    // factor = (r * m2) / distance / distance
    ...get(rs), ...get(M2), ...simd(F64X2_MUL), ...get(DIST), ...simd(F64X2_DIV), ...get(DIST), ...simd(F64X2_DIV), ...set(F),
    ...get(DIST), ...simd(V128_CONST), ...new Array(16).fill(0), ...simd(F64X2_GT), ...set(MASK),
    ...get(XD), ...get(F), ...simd(F64X2_MUL), ...get(MASK), ...simd(V128_AND), ...tee(px),
    ...get(ax), ...simd(F64X2_ADD), ...simd(F32X4_DEMOTE_F64X2_ZERO), ...simd(F64X2_PROMOTE_LOW_F32X4), ...set(ax),
    ...get(YD), ...get(F), ...simd(F64X2_MUL), ...get(MASK), ...simd(V128_AND), ...tee(py),
    ...get(ay), ...simd(F64X2_ADD), ...simd(F32X4_DEMOTE_F64X2_ZERO), ...simd(F64X2_PROMOTE_LOW_F32X4), ...set(ay),
  ];
}

/** Lane 0 of two f64x2 vectors (`low`), or lane 1 of each (not `low`), as one vector. */
const pick = (a: number, b: number, low: boolean): number[] => [
  ...get(a), ...get(b), ...simd(I8X16_SHUFFLE),
  ...(low ? [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23] : [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31]),
];

/**
 * The earlier node's dx and dy, side by side in one vector (x in lane 0, y in lane 1), minus the four rows' forces
 * in row order (a and b from the ab vectors, c and d from the cd ones), rounded to float32 after each, then stored.
 */
function column(): number[] {
  const minus = (pair: number[], round: boolean): number[] =>
    [...get(SXY), ...pair, ...simd(F64X2_SUB), ...simd(F32X4_DEMOTE_F64X2_ZERO), ...(round ? simd(F64X2_PROMOTE_LOW_F32X4) : []), ...set(SXY)];
  return [
    ...get(P_DX), ...get(J), I32_ADD, ...simd(V128_LOAD32_ZERO), 2, 0, ...set(SXY),
    ...get(P_DY), ...get(J), I32_ADD, ...get(SXY), ...simd(V128_LOAD32_LANE), 2, 0, 1, ...simd(F64X2_PROMOTE_LOW_F32X4), ...set(SXY),
    ...minus(pick(PXAB, PYAB, true), true), ...minus(pick(PXAB, PYAB, false), true),
    ...minus(pick(PXCD, PYCD, true), true), ...minus(pick(PXCD, PYCD, false), false),
    ...get(P_DX), ...get(J), I32_ADD, ...get(SXY), ...simd(V128_STORE32_LANE), 2, 0, 0,
    ...get(P_DY), ...get(J), I32_ADD, ...get(SXY), ...simd(V128_STORE32_LANE), 2, 0, 1,
  ];
}

function moduleBytes(): Uint8Array<ArrayBuffer> {
  const storeSum = (local: number, offset: number): number[] => [I32_CONST, 0, ...get(local), ...simd(V128_STORE), 4, ...leb(offset)];
  const body = [
    ...leb(2), ...leb(2), I32, ...leb(V128_LOCALS), V128,
    ...pairAt(P_X), ...set(XAB), ...pairAt(P_Y), ...set(YAB),
    ...get(P_REP), ...simd(F64X2_SPLAT), ...pairAt(P_M), ...simd(F64X2_MUL), ...set(RAB),
    // rows c, d: the same two lanes at b + 2
    ...get(P_B), I32_CONST, 2, I32_ADD, ...set(P_B),
    ...pairAt(P_X), ...set(XCD), ...pairAt(P_Y), ...set(YCD),
    ...get(P_REP), ...simd(F64X2_SPLAT), ...pairAt(P_M), ...simd(F64X2_MUL), ...set(RCD),
    // end = (b - 2) * 4, j = lo * 4
    ...get(P_B), I32_CONST, 2, I32_SHL, I32_CONST, ...[0x78] /* -8 */, I32_ADD, ...set(END_AT),
    ...get(P_LO), I32_CONST, 2, I32_SHL, ...set(J),
    BLOCK, EMPTY,
    ...get(J), ...get(END_AT), I32_GE_U, BR_IF, 0,
    LOOP, EMPTY,
    ...splatAt(P_X, J), ...set(X2), ...splatAt(P_Y, J), ...set(Y2), ...splatAt(P_M, J), ...set(M2),
    ...lanes(XAB, YAB, RAB, AXAB, AYAB, PXAB, PYAB),
    ...lanes(XCD, YCD, RCD, AXCD, AYCD, PXCD, PYCD),
    ...column(),
    ...get(J), I32_CONST, 4, I32_ADD, ...tee(J), ...get(END_AT), I32_LT_U, BR_IF, 0,
    END,
    END,
    ...storeSum(AXAB, 0), ...storeSum(AYAB, 16), ...storeSum(AXCD, 32), ...storeSum(AYCD, 48),
    END,
  ];
  const bytes = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    // one type: (i32 x7, f64) -> ()
    ...section(1, [1, 0x60, ...vec([I32, I32, I32, I32, I32, I32, I32, F64]), 0]),
    // the memory, imported as m.memory (no maximum, at least one page)
    ...section(2, [1, ...name('m'), ...name('memory'), 0x02, 0x00, 1]),
    ...section(3, [1, 0]),
    ...section(7, [1, ...name('block'), 0x00, 0]),
    ...section(10, [1, ...vec(body)]),
  ];
  return new Uint8Array(bytes);
}

let compiled: WebAssembly.Module | null | undefined;

/** The compiled module, once per process; null where WebAssembly or its SIMD is not available. */
function repulsionModule(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  try {
    compiled = typeof WebAssembly === 'object' ? new WebAssembly.Module(moduleBytes()) : null;
  } catch {
    compiled = null;
  }
  return compiled;
}

/**
 * A kernel instance over fresh memory for `order` nodes: the sums at byte 0 (64 bytes), then x, y, mass, dx and dy,
 * each a float32 array of `order` values starting on a 16-byte boundary. Undefined where the kernel cannot run.
 */
export function repulsionKernel(order: number): RepulsionKernel | undefined {
  const module = repulsionModule();
  if (!module) return undefined;
  const stride = Math.ceil((order * 4) / 16) * 16;
  const bytes = 64 + 5 * stride;
  const memory = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil(bytes / 65536)) });
  const instance = new WebAssembly.Instance(module, { m: { memory } });
  const block = instance.exports.block as (x: number, y: number, m: number, dx: number, dy: number, lo: number, b: number, rep: number) => void;
  const at = (k: number): number => 64 + k * stride;
  const buffer = memory.buffer;
  const x = at(0), y = at(1), m = at(2), dx = at(3), dy = at(4);
  return {
    block: (lo, b, repulsion) => block(x, y, m, dx, dy, lo, b, repulsion),
    x: new Float32Array(buffer, x, order),
    y: new Float32Array(buffer, y, order),
    mass: new Float32Array(buffer, m, order),
    dx: new Float32Array(buffer, dx, order),
    dy: new Float32Array(buffer, dy, order),
    sums: new Float64Array(buffer, 0, 8),
  };
}
