#!/usr/bin/env node
// Generates the buyer portraits for The Long Game as flat-vector SVGs.
//
//   node scripts/make-portraits.mjs
//
// Writes assets/portraits/<persona-id>/<mood>.svg for every persona in PERSONAS
// and every mood in MOODS. No dependencies; safe to run again (it overwrites).
//
// To add a buyer, add a row to PERSONAS: colours for skin, hair, eyes, lips and
// clothes, a hair style key (one of the keys of HAIR_STYLES: lowBun, short,
// bob, sidePart, closeCrop, hijab), a clothes style ('blazer', 'suit' with an
// optional tie, 'quarterZip') and accessories: glasses, earrings, beard
// ('full' or 'stubble'). Optional: eyes.flick (false drops the eyeliner flick)
// and browWeight (brow thickness, 1 = default).
// Faces share one geometry; the mood table drives brows, eyes, mouth, head tilt
// and arms, so every persona gets the same six clearly readable moods.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// ---------------------------------------------------------------------------
// Personas: add a row to add a buyer.
// ---------------------------------------------------------------------------
export const PERSONAS = [
  {
    // South Asian woman in her forties, Head of Operations at a regional
    // freight company.
    id: 'priya_raman',
    skin: { base: '#B07650', shade: '#93603F', blush: '#C9654F' },
    hair: { base: '#1D1614', shine: '#3B2D28', streak: '#8E8682', style: 'lowBun' },
    brows: '#1F1613',
    eyes: { iris: '#3E2518' },
    lips: { base: '#8E4C45', line: '#4F2421' },
    clothes: {
      jacket: '#1F2D4D', jacketShade: '#17223B', lapel: '#27385D',
      top: '#ECE4D7', topShade: '#D5CBBB', style: 'blazer',
    },
    glasses: { position: 'up', frame: '#7A3A28' },   // 'up' (on head), 'on' or null
    earrings: '#D8AE4E',                               // stud colour or null
  },
  {
    // Black British man in his mid-fifties, Operations Director at a heating
    // and boiler field-service company: greying close crop, short grey beard,
    // charcoal suit and a burgundy tie.
    id: 'samuel_okafor',
    skin: { base: '#6A4331', shade: '#533325', blush: '#8A4A3C' },
    hair: { base: '#45403D', shine: '#9C968F', streak: '#1E1B19', style: 'closeCrop' },
    brows: '#2E2725',
    browWeight: 1.15,
    eyes: { iris: '#2B1A12', flick: false },
    lips: { base: '#6B3F36', line: '#3A201B' },
    beard: { base: '#77716B', shine: '#C2BCB5', dark: '#2A2623', style: 'full' },
    clothes: {
      jacket: '#44546A', jacketShade: '#354254', lapel: '#51637B',
      top: '#F3F4F6', topShade: '#C9CDD3', style: 'suit', tie: '#7A2333',
    },
    glasses: null,
    earrings: null,
  },
  {
    // British Pakistani woman in her early thirties, scheduling manager at a
    // home-care provider: plum hijab, tortoiseshell glasses, camel blazer.
    id: 'nadia_hussain',
    skin: { base: '#D6A27E', shade: '#B98463', blush: '#DB7F6A' },
    hair: { base: '#6E3457', shine: '#8E4C74', streak: '#3E1C32', style: 'hijab' },
    brows: '#2A1A14',
    eyes: { iris: '#4A2C1A' },
    lips: { base: '#B0625E', line: '#6E3330' },
    clothes: {
      jacket: '#B8894F', jacketShade: '#9A703E', lapel: '#C7985E',
      top: '#F5EEE2', topShade: '#DCD2C2', style: 'blazer',
    },
    glasses: { position: 'on', frame: '#5A3620' },
    earrings: null,
  },
  {
    // White Welsh man in his mid-forties, Head of Logistics at a regional
    // builders' merchant: short sandy-ginger hair, ginger stubble, a green
    // company quarter-zip over a white shirt.
    id: 'gareth_pryce',
    skin: { base: '#EBC3A6', shade: '#D3A285', blush: '#E0846E' },
    hair: { base: '#B7713A', shine: '#D6975C', streak: '#8E5427', style: 'sidePart' },
    brows: '#9A5A2C',
    browWeight: 1.05,
    eyes: { iris: '#4F6E84', flick: false },
    lips: { base: '#B97367', line: '#7A4138' },
    beard: { base: '#A8652F', shine: '#C98A52', style: 'stubble' },
    clothes: {
      jacket: '#2F5A47', jacketShade: '#234536', lapel: '#3A6B55',
      top: '#F2F2EE', topShade: '#CFCFC8', style: 'quarterZip', logo: '#E0B23C',
    },
    glasses: null,
    earrings: null,
  },
  {
    // British Bangladeshi man in his late thirties, Service Delivery Manager at
    // a facilities-maintenance firm: short black hair, full black beard, black
    // rectangular glasses, charcoal suit over a pale blue open-necked shirt.
    id: 'mo_akhtar',
    skin: { base: '#9C6B4E', shade: '#80553C', blush: '#B05A48' },
    hair: { base: '#17120F', shine: '#3A302B', streak: '#0D0A08', style: 'short' },
    brows: '#15100D',
    browWeight: 1.2,
    eyes: { iris: '#2A1A10', flick: false },
    lips: { base: '#7E4A3E', line: '#4A2A22' },
    beard: { base: '#2B221D', shine: '#4A3F38', dark: '#0B0908', style: 'full' },
    clothes: {
      jacket: '#3A3F47', jacketShade: '#2C3037', lapel: '#474D57',
      top: '#DCE6F0', topShade: '#B9C5D2', style: 'suit',
    },
    glasses: { position: 'on', frame: '#1E1E22' },
    earrings: null,
  },
  {
    // White English woman in her early fifties, Managing Director of a mobile
    // dog-grooming firm: fair bob, red glasses pushed up on her head,
    // silver studs, teal blazer over a cream top.
    id: 'jo_farrow',
    skin: { base: '#F0C9AE', shade: '#D9A98B', blush: '#E38C7A' },
    hair: { base: '#C9B28A', shine: '#E3D3B2', streak: '#9E8864', style: 'bob' },
    brows: '#8C7555',
    eyes: { iris: '#5A7A5E' },
    lips: { base: '#C07B72', line: '#83473F' },
    clothes: {
      jacket: '#2E7C7A', jacketShade: '#236160', lapel: '#38908D',
      top: '#F4EFE6', topShade: '#DCD5C8', style: 'blazer',
    },
    glasses: { position: 'up', frame: '#B0413E' },
    earrings: '#C9CBD3',
  },
];

// ---------------------------------------------------------------------------
// Moods. Units are pixels in the 480x560 viewBox.
//   tilt     head rotation in degrees (+ leans to her left / viewer's right)
//   turn     horizontal shift of the features (head turned; - = viewer's left)
//   brows    per brow (l = viewer's left, r = viewer's right):
//            inner / outer: vertical offset (+ = down), arch: curve height
//   eyes     open: upper lid height (1 = relaxed), lower: lower lid (1 = relaxed,
//            negative pushes it up into a smile), innerLid: extra lowering of the
//            upper lid at the inner corner (glare), gaze: iris offset [x, y]
//   mouth    kind: 'lips' (closed) or 'open' (teeth); w: half width;
//            curve: corner lift (+ smile, - frown); open: opening depth;
//            thin: 0..1 how pressed-together the lips are
//   blush, smileLines, frownLines, cheekLift: extra cues
//   arms     'down' or 'crossed'
// ---------------------------------------------------------------------------
export const MOODS = {
  warm: {
    tilt: 4, turn: 0,
    brows: { l: { inner: -3, outer: -1, arch: 5 }, r: { inner: -3, outer: -1, arch: 5 } },
    eyes: { open: 0.9, lower: -0.15, innerLid: 0, gaze: [0, 0] },
    mouth: { kind: 'lips', w: 31, curve: 8, thin: 0 },
    blush: 0.3, cheekLift: 0.6, smileLines: 0, frownLines: 0, arms: 'down',
  },
  pleased: {
    tilt: 6, turn: 0,
    brows: { l: { inner: -8, outer: -4, arch: 7 }, r: { inner: -8, outer: -4, arch: 7 } },
    eyes: { open: 0.8, lower: -0.75, innerLid: 0, gaze: [0, 0] },
    mouth: { kind: 'open', w: 40, curve: 13, open: 24 },
    blush: 0.45, cheekLift: 1, smileLines: 1, frownLines: 0, arms: 'down',
  },
  neutral: {
    tilt: 0, turn: 0,
    brows: { l: { inner: 0, outer: 0, arch: 4 }, r: { inner: 0, outer: 0, arch: 4 } },
    eyes: { open: 1, lower: 1, innerLid: 0, gaze: [0, 0] },
    mouth: { kind: 'lips', w: 25, curve: 0, thin: 0.2 },
    blush: 0, cheekLift: 0, smileLines: 0, frownLines: 0, arms: 'down',
  },
  guarded: {
    tilt: -3, turn: 0,
    brows: { l: { inner: 8, outer: 6, arch: 1 }, r: { inner: -4, outer: -7, arch: 6 } },
    eyes: { open: 0.62, lower: 0.7, innerLid: 0.1, gaze: [0, 0] },
    mouth: { kind: 'lips', w: 22, curve: -1.5, thin: 0.65 },
    blush: 0, cheekLift: 0, smileLines: 0, frownLines: 0, arms: 'crossed',
  },
  annoyed: {
    tilt: -2, turn: 0,
    brows: { l: { inner: 11, outer: -3, arch: 1 }, r: { inner: 11, outer: -3, arch: 1 } },
    eyes: { open: 0.85, lower: 0.8, innerLid: 0.55, gaze: [0, 0] },
    mouth: { kind: 'lips', w: 25, curve: -9, thin: 0.35 },
    blush: 0, cheekLift: 0, smileLines: 0, frownLines: 1, arms: 'crossed',
  },
  cold: {
    tilt: -5, turn: -9,
    brows: { l: { inner: 1, outer: -2, arch: 3 }, r: { inner: 1, outer: -2, arch: 3 } },
    eyes: { open: 0.55, lower: 0.9, innerLid: 0, gaze: [-7, 1] },
    mouth: { kind: 'lips', w: 19, curve: -2, thin: 1 },
    blush: 0, cheekLift: 0, smileLines: 0, frownLines: 0, arms: 'down',
  },
};

// ---------------------------------------------------------------------------
// Geometry helpers
// ---------------------------------------------------------------------------
const W = 480;
const H = 560;
const CX = 240;             // face centre line
const EYE_Y = 246;
const EYE_DX = 38;          // eye centre distance from the centre line
const BROW_Y = 214;
const MOUTH_Y = 326;
const NECK_PIVOT = [240, 372];
const HEAD_SCALE = 1.1;     // the head is drawn a little large, for readability

const r1 = (n) => Math.round(n * 10) / 10;
const pt = (x, y) => `${r1(x)} ${r1(y)}`;
const attrs = (o) => Object.entries(o)
  .filter(([, v]) => v !== undefined && v !== null)
  .map(([k, v]) => `${k}="${typeof v === 'number' ? r1(v) : v}"`).join(' ');
const path = (d, o = {}) => `<path ${attrs({ d, ...o })}/>`;
const ellipse = (cx, cy, rx, ry, o = {}) => `<ellipse ${attrs({ cx, cy, rx, ry, ...o })}/>`;
const circle = (cx, cy, r, o = {}) => `<circle ${attrs({ cx, cy, r, ...o })}/>`;

const quad = (p0, p1, p2, t) => {
  const a = (1 - t) * (1 - t), b = 2 * (1 - t) * t, c = t * t;
  return [a * p0[0] + b * p1[0] + c * p2[0], a * p0[1] + b * p1[1] + c * p2[1]];
};

// A stipple texture (hair or beard growth) as a small repeating tile of dots
// at random, repeatable places: fill a shape with url(#id). Two stipples with
// different tile sizes over each other do not read as a pattern, and the file
// stays small.
function stipple(id, { colour, r, opacity, w, h, n, seed }) {
  let v = seed >>> 0;
  const rnd = () => ((v = (Math.imul(v, 1664525) + 1013904223) >>> 0) / 4294967296);
  const dots = [];
  for (let i = 0; i < n; i++) dots.push(circle(r + rnd() * (w - 2 * r), r + rnd() * (h - 2 * r), r));
  return `<pattern ${attrs({ id, patternUnits: 'userSpaceOnUse', width: w, height: h })}>` +
    `<g ${attrs({ fill: colour, opacity })}>${dots.join('')}</g></pattern>`;
}

// A tapered brush stroke along a quadratic curve, thick at p0, thin at p2.
function taperedStroke(p0, p1, p2, w0, w1, steps = 14) {
  const left = [], right = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const [x, y] = quad(p0, p1, p2, t);
    const dx = 2 * (1 - t) * (p1[0] - p0[0]) + 2 * t * (p2[0] - p1[0]);
    const dy = 2 * (1 - t) * (p1[1] - p0[1]) + 2 * t * (p2[1] - p1[1]);
    const len = Math.hypot(dx, dy) || 1;
    const nx = -dy / len, ny = dx / len;
    // thickness eases from w0 to w1, with a rounded start
    const w = (w0 + (w1 - w0) * t) * (t < 0.12 ? 0.75 + 0.25 * (t / 0.12) : 1) / 2;
    left.push([x + nx * w, y + ny * w]);
    right.push([x - nx * w, y - ny * w]);
  }
  const pts = [...left, ...right.reverse()];
  return 'M' + pts.map(([x, y]) => pt(x, y)).join('L') + 'Z';
}

// ---------------------------------------------------------------------------
// Face parts
// ---------------------------------------------------------------------------

// One eye. side = -1 for the viewer's left eye, +1 for the right one; the local
// coordinate u runs outward (towards the ear).
function eye(P, M, side, id, ex) {
  const e = M.eyes;
  const ey = EYE_Y;
  const w = 19;
  const X = (u) => ex + side * u;
  const upH = 17 * e.open;                         // upper control height
  const innerUp = upH * (1 - e.innerLid);          // inner corner flattened when glaring
  const lowH = 9 * e.lower;                        // lower control depth (negative: pushed up)
  const inner = [X(-w), ey + 1];
  const outer = [X(w), ey - 2];
  const upper = `M${pt(...inner)}C${pt(X(-w * 0.45), ey - innerUp)} ${pt(X(w * 0.45), ey - upH)} ${pt(...outer)}`;
  const lower = `C${pt(X(w * 0.45), ey + lowH)} ${pt(X(-w * 0.45), ey + lowH)} ${pt(...inner)}`;
  const shape = upper + lower + 'Z';
  const [gx, gy] = e.gaze;
  const ix = ex + gx, iy = ey + 0.5 + gy;
  const out = [];
  out.push(`<clipPath id="${id}"><path d="${shape}"/></clipPath>`);
  // soft lid shadow above the eye
  out.push(path(`M${pt(X(-w - 2), ey)}C${pt(X(-w * 0.5), ey - innerUp - 9)} ${pt(X(w * 0.5), ey - upH - 9)} ${pt(X(w + 3), ey - 2)}` +
    `C${pt(X(w * 0.45), ey - upH)} ${pt(X(-w * 0.45), ey - innerUp)} ${pt(X(-w - 2), ey)}Z`,
  { fill: P.skin.shade, opacity: 0.45 }));
  out.push(path(shape, { fill: '#FBF7F2' }));
  out.push(`<g clip-path="url(#${id})">` +
    circle(ix, iy, 10.5, { fill: P.eyes.iris }) +
    circle(ix, iy, 5.2, { fill: '#120B08' }) +
    circle(ix + 3.4, iy - 3.8, 2.6, { fill: '#FFFFFF' }) +
    // shadow cast by the upper lid
    path(`M${pt(X(-w), ey - 30)}L${pt(X(w), ey - 30)}L${pt(...outer)}C${pt(X(w * 0.45), ey - upH + 4)} ${pt(X(-w * 0.45), ey - innerUp + 4)} ${pt(...inner)}Z`,
      { fill: P.skin.shade, opacity: 0.35 }) +
    '</g>');
  // lash line, by default with a small flick at the outer corner
  const flick = P.eyes.flick === false ? '' : `Q${pt(X(w + 4), ey - 4)} ${pt(X(w + 6), ey - 7)}`;
  out.push(path(`${upper}${flick}`,
    { fill: 'none', stroke: '#1A100D', 'stroke-width': P.eyes.flick === false ? 3.4 : 4, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }));
  // lower lid
  out.push(path(`M${pt(...outer)}${lower}`,
    { fill: 'none', stroke: P.skin.shade, 'stroke-width': 1.8, 'stroke-linecap': 'round', opacity: 0.9 }));
  // crease
  out.push(path(`M${pt(X(-w * 0.7), ey - innerUp * 0.55 - 7)}Q${pt(X(w * 0.1), ey - upH - 9)} ${pt(X(w * 0.95), ey - 6)}`,
    { fill: 'none', stroke: P.skin.shade, 'stroke-width': 1.6, 'stroke-linecap': 'round', opacity: 0.8 }));
  // cheek lift under a smiling eye
  if (M.cheekLift > 0) {
    out.push(path(`M${pt(X(-w * 0.6), ey + 12 + lowH * 0.4)}Q${pt(X(0), ey + 6 + lowH * 0.6)} ${pt(X(w * 0.9), ey + 6)}`,
      { fill: 'none', stroke: P.skin.shade, 'stroke-width': 1.6, 'stroke-linecap': 'round', opacity: 0.55 * M.cheekLift }));
  }
  return out.join('');
}

function brow(P, M, side, ex) {
  const b = side < 0 ? M.brows.l : M.brows.r;
  const X = (u) => ex + side * u;
  const inner = [X(-20), BROW_Y + 4 + b.inner];
  const outer = [X(27), BROW_Y + 6 + b.outer];
  const mid = [X(7), Math.min(inner[1], outer[1]) - b.arch - 2];
  const k = P.browWeight ?? 1;
  return path(taperedStroke(inner, mid, outer, 10.5 * k, 3.6 * k), { fill: P.brows });
}

function nose(P, dx) {
  const x = CX + dx;
  return path(`M${pt(x + 3, 258)}Q${pt(x + 8, 282)} ${pt(x + 11, 292)}Q${pt(x + 4, 300)} ${pt(x - 3, 297)}`,
    { fill: 'none', stroke: P.skin.shade, 'stroke-width': 3, 'stroke-linecap': 'round' }) +
    path(`M${pt(x - 14, 292)}Q${pt(x - 12, 299)} ${pt(x - 5, 298)}`,
      { fill: 'none', stroke: P.skin.shade, 'stroke-width': 2.6, 'stroke-linecap': 'round' });
}

// A beard, drawn over the lower face and under the lips. P.beard is null or
// { base, shine, style }: style 'full' is a short boxed beard whose moustache
// follows the mouth, with a stipple of shine (grey hairs, say) over the base;
// 'stubble' is the same area as a shadow of growth.
function beard(P, M, dx, id) {
  const B = P.beard;
  if (!B) return '';
  const m = M.mouth;
  const mx = CX + dx, my = MOUTH_Y;
  const c = m.curve;
  const L = [mx - m.w, my - c], R = [mx + m.w, my - c];
  // the moustache's upper edge, under the nose, and the cheek line from each
  // sideburn down to the corners of the mouth
  const lipTop = my - 15;
  const cheekL = `C${pt(166, 288)} ${pt(188, 310)} ${pt(L[0] - 8, L[1] - 4)}`;
  const cheekR = `C${pt(292, 310)} ${pt(314, 288)} ${pt(316, 244)}`;
  const shape = 'M151 244L164 244' + cheekL +
    `Q${pt(mx - 22, lipTop - 1)} ${pt(mx - 7, lipTop - 1)}Q${pt(mx, lipTop - 3)} ${pt(mx + 7, lipTop - 1)}` +
    `Q${pt(mx + 22, lipTop - 1)} ${pt(R[0] + 8, R[1] - 5)}` + cheekR + 'L329 244' +
    'C330 300 301 352 263 371Q240 381 217 371C179 352 150 300 151 244Z';
  const out = [];
  out.push(`<clipPath id="${id}"><path d="${shape}"/></clipPath>`);
  if (B.style === 'stubble') {
    // growth stays on the skin: clipped to the face as well
    out.push(`<clipPath id="${id}-face"><path d="${FACE}"/></clipPath>`);
    out.push(stipple(`${id}-dots`, { colour: B.base, r: 0.9, opacity: 0.4, w: 17, h: 15, n: 4, seed: 7 }));
    out.push(`<g clip-path="url(#${id}-face)">` + path(shape, { fill: B.base, opacity: 0.2 }) +
      path(shape, { fill: `url(#${id}-dots)` }) + '</g>');
    return out.join('');
  }
  out.push(path(shape, { fill: B.base }));
  // shading on the far side, like the face's
  out.push(`<g clip-path="url(#${id})">` + ellipse(dx < 0 ? 346 : 350, 260, 46, 140, { fill: '#000000', opacity: 0.16 }) + '</g>');
  // a stipple of dark and light flecks
  out.push(stipple(`${id}-dark`, { colour: B.dark ?? '#000000', r: 1.5, opacity: 0.3, w: 23, h: 19, n: 4, seed: 11 }));
  out.push(stipple(`${id}-light`, { colour: B.shine, r: 1.3, opacity: 0.5, w: 29, h: 26, n: 5, seed: 13 }));
  out.push(path(shape, { fill: `url(#${id}-dark)` }), path(shape, { fill: `url(#${id}-light)` }));
  return out.join('');
}

function mouth(P, M, dx, id) {
  const m = M.mouth;
  const mx = CX + dx, my = MOUTH_Y;
  const c = m.curve;
  const L = [mx - m.w, my - c], R = [mx + m.w, my - c];
  const out = [];
  if (m.kind === 'open') {
    const top = `M${pt(...L)}Q${pt(mx, my + c * 0.35)} ${pt(...R)}`;
    const shape = `${top}Q${pt(mx, my + m.open * 2 - c * 0.3)} ${pt(...L)}Z`;
    out.push(`<clipPath id="${id}"><path d="${shape}"/></clipPath>`);
    out.push(path(shape, { fill: '#4A1B1D' }));
    out.push(`<g clip-path="url(#${id})">` +
      ellipse(mx, my + m.open + 4, m.w * 0.55, 12, { fill: '#B4585A' }) +
      path(`M${pt(L[0], L[1] - 20)}L${pt(R[0], R[1] - 20)}L${pt(R[0], R[1] + 3)}Q${pt(mx, my + c * 0.35 + 18)} ${pt(L[0], L[1] + 3)}Z`,
        { fill: '#FAF6EF' }) +
      '</g>');
    // lips around the opening
    out.push(path(shape, { fill: 'none', stroke: P.lips.base, 'stroke-width': 4.5, 'stroke-linejoin': 'round' }));
    out.push(path(`M${pt(L[0] + 4, L[1] + 4)}Q${pt(mx, my + m.open * 2 - c * 0.3 + 5)} ${pt(R[0] - 4, R[1] + 4)}`,
      { fill: 'none', stroke: P.lips.base, 'stroke-width': 5, 'stroke-linecap': 'round' }));
    return out.join('');
  }
  // closed lips: upper lip above the mouth line, lower lip below it
  const thin = m.thin ?? 0;
  const upperH = 7 * (1 - thin * 0.75);
  const lowerH = 11 * (1 - thin * 0.7);
  const line = `M${pt(...L)}Q${pt(mx, my + c)} ${pt(...R)}`;
  const lineBack = `Q${pt(mx, my + c)} ${pt(...L)}`;
  const upperLip = `M${pt(...L)}C${pt(mx - m.w * 0.55, my - c * 0.5 - upperH)} ${pt(mx - 7, my - upperH - 1)} ${pt(mx, my - upperH + 2)}` +
    `C${pt(mx + 7, my - upperH - 1)} ${pt(mx + m.w * 0.55, my - c * 0.5 - upperH)} ${pt(...R)}${lineBack}Z`;
  const lowerLip = `${line}C${pt(mx + m.w * 0.55, my + lowerH + 2 - c * 0.2)} ${pt(mx - m.w * 0.55, my + lowerH + 2 - c * 0.2)} ${pt(...L)}Z`;
  out.push(path(lowerLip, { fill: P.lips.base }));
  out.push(path(upperLip, { fill: P.lips.base }));
  out.push(path(upperLip, { fill: P.lips.line, opacity: 0.25 }));
  // soft highlight on the lower lip
  if (thin < 0.8) {
    out.push(ellipse(mx + 2, my + lowerH * 0.45 + 2 - c * 0.1, m.w * 0.28, lowerH * 0.16 + 0.6, { fill: '#FFFFFF', opacity: 0.16 }));
  }
  out.push(path(line, { fill: 'none', stroke: P.lips.line, 'stroke-width': 3, 'stroke-linecap': 'round' }));
  return out.join('');
}

// ---------------------------------------------------------------------------
// Hair styles: back (behind the head) and front (over the forehead) layers.
// ---------------------------------------------------------------------------
export const HAIR_STYLES = {
  // Hair parted on one side, swept back into a low bun at the nape.
  lowBun: {
    behindBody: (P) =>
      circle(316, 330, 38, { fill: P.hair.base }) +
      path('M292 312Q318 300 342 318', { fill: 'none', stroke: P.hair.shine, 'stroke-width': 3, 'stroke-linecap': 'round' }) +
      path('M296 334Q322 322 348 338', { fill: 'none', stroke: P.hair.shine, 'stroke-width': 3, 'stroke-linecap': 'round' }),
    back: (P) =>
      path('M146 262C134 150 184 88 240 88C300 88 348 150 336 262C334 290 326 310 312 322L170 322C156 310 148 290 146 262Z',
        { fill: P.hair.base }),
    front: (P) =>
      path('M150 256C140 176 176 94 240 92C306 92 344 170 332 256C330 246 328 236 325 226C322 196 316 180 306 168' +
        'C282 152 250 150 218 136C200 148 178 164 166 196C160 214 156 236 150 256Z', { fill: P.hair.base }) +
      // strands following the sweep from the parting
      path('M218 136C248 150 286 150 312 176', { fill: 'none', stroke: P.hair.shine, 'stroke-width': 3, 'stroke-linecap': 'round' }) +
      path('M222 118C256 124 300 136 324 188', { fill: 'none', stroke: P.hair.streak, 'stroke-width': 3.2, 'stroke-linecap': 'round', opacity: 0.9 }) +
      path('M226 102C268 108 312 130 331 200', { fill: 'none', stroke: P.hair.shine, 'stroke-width': 3, 'stroke-linecap': 'round' }) +
      path('M214 128C196 134 176 152 166 180', { fill: 'none', stroke: P.hair.shine, 'stroke-width': 3, 'stroke-linecap': 'round' }) +
      // parting
      path('M218 136Q220 114 230 96', { fill: 'none', stroke: P.hair.shine, 'stroke-width': 2.4, 'stroke-linecap': 'round' }),
    // hairline shadow on the forehead
    shadow: 'M150 262C146 190 180 150 218 140C250 154 284 156 308 172C320 186 326 210 330 262L330 200C320 180 290 162 218 148C182 160 160 196 150 262Z',
  },
  // Short cropped hair.
  short: {
    behindBody: () => '',
    back: (P) => path('M150 240C140 150 186 96 240 96C296 96 342 150 330 240L320 240L160 240Z', { fill: P.hair.base }),
    front: (P) =>
      path('M152 232C144 160 184 100 240 98C300 98 340 160 328 232C324 206 318 186 306 172C280 160 230 166 198 160C178 170 162 196 152 232Z', { fill: P.hair.base }) +
      path('M196 150C226 140 276 146 300 160', { fill: 'none', stroke: P.hair.shine, 'stroke-width': 3, 'stroke-linecap': 'round' }),
    shadow: 'M152 236C160 196 178 172 198 166C230 172 280 166 306 178C318 192 324 212 328 236L326 196C316 176 290 166 240 170C200 166 172 180 152 236Z',
  },
  // Chin-length bob with a centre parting.
  bob: {
    behindBody: () => '',
    back: (P) => path('M138 250C128 150 180 86 240 86C300 86 352 150 342 250C340 300 346 340 352 362L128 362C134 340 140 300 138 250Z', { fill: P.hair.base }),
    front: (P) =>
      path('M140 330C132 230 150 120 240 94C330 120 348 230 340 330C330 320 326 300 324 280C322 220 300 170 240 136C180 170 158 220 156 280C154 300 150 320 140 330Z', { fill: P.hair.base }) +
      path('M240 100Q238 116 240 134', { fill: 'none', stroke: P.hair.shine, 'stroke-width': 2.4, 'stroke-linecap': 'round' }),
    shadow: 'M156 280C160 220 182 176 240 142C298 176 320 220 324 280L326 240C316 200 290 170 240 148C190 170 164 200 154 240Z',
  },
  // Short back and sides, longer on top, parted on the viewer's left and swept
  // across to the right.
  sidePart: {
    behindBody: () => '',
    back: (P) => path('M150 238C142 146 186 96 240 94C296 94 340 146 330 238Z', { fill: P.hair.base }),
    front: (P) =>
      // the short sides, down to the sideburns
      path('M150 252C146 214 150 180 164 156L180 172C166 192 160 218 157 252Z' +
        'M330 252C334 214 330 180 316 156L302 174C314 192 320 218 323 252Z', { fill: P.hair.base }) +
      // the top, swept from the parting across to the right temple
      path('M156 170C162 122 196 96 242 92C292 90 330 118 332 172C332 188 330 198 326 208' +
        'C320 192 312 180 300 170C280 156 252 150 224 152C206 152 192 156 182 168C174 170 164 172 156 170Z', { fill: P.hair.base }) +
      // strands following the sweep, and the parting
      path('M192 128C230 110 290 112 320 150M200 142C236 128 286 132 312 164M226 104C262 98 304 110 326 142',
        { fill: 'none', stroke: P.hair.shine, 'stroke-width': 3, 'stroke-linecap': 'round' }) +
      path('M184 164C182 144 188 126 200 112', { fill: 'none', stroke: P.hair.streak, 'stroke-width': 2.4, 'stroke-linecap': 'round' }),
    shadow: 'M152 256C154 214 162 186 180 170C198 158 222 156 246 156C274 156 300 166 314 182C322 198 326 226 328 256' +
      'L322 256C320 228 314 204 304 190C290 174 268 166 246 166C222 166 202 170 188 180C172 196 162 222 158 256Z',
  },
  // Close-cropped hair with a crisp hairline, a little receded at the temples;
  // a stipple of P.hair.shine over P.hair.base reads as salt-and-pepper.
  closeCrop: {
    behindBody: () => '',
    back: (P) => path('M152 236C144 150 188 108 240 108C292 108 336 150 328 236Z', { fill: P.hair.base }),
    front: (P, id) => {
      const cap = 'M150 252C144 160 188 110 240 110C292 110 336 160 330 252L323 252C322 214 318 190 306 175' +
        'C296 165 282 160 266 160Q240 155 214 160C198 160 184 165 174 175C162 190 158 214 157 252Z';
      return path(cap, { fill: P.hair.base }) +
        // a stipple of dark and light flecks reads as salt-and-pepper
        stipple(id('crop-dark'), { colour: P.hair.streak, r: 1.5, opacity: 0.4, w: 23, h: 19, n: 3, seed: 3 }) +
        stipple(id('crop-light'), { colour: P.hair.shine, r: 1.3, opacity: 0.5, w: 29, h: 26, n: 5, seed: 4 }) +
        path(cap, { fill: `url(#${id('crop-dark')})` }) + path(cap, { fill: `url(#${id('crop-light')})` }) +
        // the crisp edge of the hairline
        path('M157 252C158 214 162 190 174 175C184 165 198 160 214 160Q240 155 266 160C282 160 296 165 306 175C318 190 322 214 323 252',
          { fill: 'none', stroke: '#000000', 'stroke-width': 2, opacity: 0.15 });
    },
    shadow: 'M156 256C158 214 162 190 174 177C186 167 214 165 240 163C266 165 294 167 306 177C318 190 322 214 324 256' +
      'L318 256C316 218 310 198 300 186C288 176 266 171 240 171C214 171 192 176 180 186C170 198 164 218 162 256Z',
  },
  // A hijab: P.hair.base is the scarf, P.hair.shine its folds and
  // P.hair.streak the underscarf showing at the forehead. It frames the face,
  // covers the ears and neck and drapes over the shoulders (overBody, drawn over
  // the clothes and under the head). Set earrings to null with it.
  hijab: {
    behindBody: () => '',
    overBody: (P) =>
      path('M178 380C150 394 116 416 106 446C132 470 184 482 240 488C296 482 348 470 374 446C364 416 330 394 302 380Z', { fill: P.hair.base }) +
      path('M124 448Q180 470 236 476M356 448Q300 470 244 476M150 420Q190 444 220 450',
        { fill: 'none', stroke: P.hair.shine, 'stroke-width': 3, 'stroke-linecap': 'round', opacity: 0.8 }) +
      path('M106 446C132 470 184 482 240 488C296 482 348 470 374 446',
        { fill: 'none', stroke: '#000000', 'stroke-width': 3, 'stroke-linecap': 'round', opacity: 0.15 }),
    back: (P) => path('M122 250C114 152 168 86 240 86C312 86 366 152 358 250C354 320 342 380 322 422L158 422C138 380 126 320 122 250Z', { fill: P.hair.base }),
    front: (P) =>
      path('M122 250C114 152 168 86 240 86C312 86 366 152 358 250C354 320 342 380 322 422L158 422C138 380 126 320 122 250Z' +
        'M240 146C294 146 323 186 323 244C322 296 299 340 262 361Q240 372 218 361C181 340 158 296 157 244C157 186 186 146 240 146Z',
      { fill: P.hair.base, 'fill-rule': 'evenodd' }) +
      // underscarf edge along the forehead
      path('M160 226C163 176 196 148 240 148C284 148 317 176 320 226', { fill: 'none', stroke: P.hair.streak, 'stroke-width': 7, 'stroke-linecap': 'round' }) +
      // folds: down each side of the face, under the chin, across the crown
      path('M148 176C132 244 140 320 192 388M332 176C348 244 340 320 288 388M200 384Q240 398 280 384M180 110Q240 92 300 110M136 300Q148 352 178 398',
        { fill: 'none', stroke: P.hair.shine, 'stroke-width': 3, 'stroke-linecap': 'round', opacity: 0.85 }) +
      path('M157 244C158 296 181 340 218 361Q240 372 262 361C299 340 322 296 323 244',
        { fill: 'none', stroke: '#000000', 'stroke-width': 3, 'opacity': 0.12 }),
    shadow: 'M150 250C150 170 190 140 240 140C290 140 330 170 330 250L330 400L150 400Z' +
      'M240 158C286 158 313 192 313 246C312 292 292 330 258 349Q240 359 222 349C188 330 168 292 167 246C167 192 194 158 240 158Z',
    shadowRule: 'evenodd',
  },
};

function glasses(P, M) {
  if (!P.glasses) return '';
  const f = P.glasses.frame;
  const s = { fill: 'none', stroke: f, 'stroke-width': 4, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' };
  const lens = { fill: '#FFFFFF', opacity: 0.08 };
  if (P.glasses.position === 'up') {
    // pushed up onto the hair, seen slightly from above: squashed lenses
    return '<g transform="rotate(-4 240 118)">' +
      path('M172 132Q178 122 187 118', s) + path('M308 132Q302 122 293 118', s) +
      `<rect ${attrs({ x: 186, y: 106, width: 46, height: 25, rx: 10, ...lens })}/>` +
      `<rect ${attrs({ x: 248, y: 106, width: 46, height: 25, rx: 10, ...lens })}/>` +
      `<rect ${attrs({ x: 186, y: 106, width: 46, height: 25, rx: 10, ...s })}/>` +
      `<rect ${attrs({ x: 248, y: 106, width: 46, height: 25, rx: 10, ...s })}/>` +
      path('M232 116Q240 110 248 116', s) +
      path('M194 114L204 111M256 114L266 111', { stroke: '#FFFFFF', 'stroke-width': 2.6, 'stroke-linecap': 'round', opacity: 0.55 }) +
      '</g>';
  }
  // on the nose
  const dx = M.turn;
  const lx = CX - EYE_DX + dx, rx = CX + EYE_DX + dx;
  return `<rect ${attrs({ x: lx - 27, y: EYE_Y - 18, width: 54, height: 36, rx: 12, ...lens })}/>` +
    `<rect ${attrs({ x: rx - 27, y: EYE_Y - 18, width: 54, height: 36, rx: 12, ...lens })}/>` +
    `<rect ${attrs({ x: lx - 27, y: EYE_Y - 18, width: 54, height: 36, rx: 12, ...s })}/>` +
    `<rect ${attrs({ x: rx - 27, y: EYE_Y - 18, width: 54, height: 36, rx: 12, ...s })}/>` +
    path(`M${pt(lx + 27, EYE_Y - 4)}Q${pt(CX + dx, EYE_Y - 12)} ${pt(rx - 27, EYE_Y - 4)}`, s) +
    path(`M${pt(lx - 27, EYE_Y - 8)}L152 ${EYE_Y - 12}`, s) + path(`M${pt(rx + 27, EYE_Y - 8)}L328 ${EYE_Y - 12}`, s);
}

// ---------------------------------------------------------------------------
// Body
// ---------------------------------------------------------------------------
const BODY = 'M22 560C26 488 70 452 150 432C182 424 200 412 208 396L272 396C280 412 298 424 330 432C410 452 454 488 458 560Z';

// clothes.style: 'blazer' (a jacket over a round-necked shell top), 'suit' (a
// jacket over a collared shirt, with a tie if clothes.tie is a colour) or
// 'quarterZip' (a knit quarter-zip jumper; clothes.top shows in the opening,
// clothes.logo, if set, is an embroidered company badge on the chest).
function body(P, M) {
  const c = P.clothes;
  const style = c.style ?? 'blazer';
  const out = [];
  // jacket, with its collar standing up behind the neck
  out.push(path(BODY, { fill: c.jacket }));
  out.push(path('M186 420C186 394 198 374 214 364L266 364C282 374 294 394 294 420Z', { fill: c.jacketShade }));
  if (style === 'blazer') {
    // neck and chest
    out.push(path('M208 318L205 404Q240 470 275 404L272 318Z', { fill: P.skin.base }));
    out.push(path('M206 330Q240 392 274 330L274 372Q240 410 206 372Z', { fill: P.skin.shade, opacity: 0.75 }));
    // shell top in the V of the jacket, with a rounded neckline
    out.push(path('M205 401Q240 458 275 401L264 560L216 560Z', { fill: c.top }));
    out.push(path('M206 403Q240 456 274 403', { fill: 'none', stroke: c.topShade, 'stroke-width': 4 }));
  } else if (style === 'suit') {
    out.push(...shirt(P, c.tie));
  } else if (style === 'quarterZip') {
    out.push(...quarterZip(P));
  } else {
    throw new Error(`unknown clothes style ${style} for ${P.id}`);
  }
  if (style !== 'quarterZip') {
    // lapels
    out.push(path('M206 398L170 440L186 452L174 464L230 552L214 470Z', { fill: c.lapel }));
    out.push(path('M274 398L310 440L294 452L306 464L250 552L266 470Z', { fill: c.lapel }));
    out.push(path('M206 398L230 552M274 398L250 552', { fill: 'none', stroke: c.jacketShade, 'stroke-width': 3 }));
  }
  // shoulder seams / arm folds
  out.push(path('M96 468Q86 510 90 560M384 468Q394 510 390 560', { fill: 'none', stroke: c.jacketShade, 'stroke-width': 4, 'stroke-linecap': 'round' }));
  if (M.arms === 'crossed') out.push(crossedArms(P));
  else if (style !== 'quarterZip') out.push(circle(240, 550, 5.5, { fill: c.jacketShade }));
  return out.join('');
}

// A collared shirt in the V of the jacket, buttoned with a tie or open-necked.
function shirt(P, tie) {
  const c = P.clothes;
  const edge = { fill: 'none', stroke: c.topShade, 'stroke-width': 2.4, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' };
  const out = [];
  out.push(path('M208 318L206 402Q240 426 274 402L272 318Z', { fill: P.skin.base }));
  out.push(path('M206 330Q240 392 274 330L274 372Q240 410 206 372Z', { fill: P.skin.shade, opacity: 0.75 }));
  out.push(path('M200 398L280 398L266 560L214 560Z', { fill: c.top }));
  if (tie) {
    // knot and blade, then the collar points over the knot
    out.push(path('M229 414L251 414L247 436L233 436Z', { fill: tie }));
    out.push(path('M233 436L247 436L258 528L240 548L222 528Z', { fill: tie }));
    out.push(path('M236 440L230 520M247 440L250 470', { fill: 'none', stroke: '#000000', 'stroke-width': 2, opacity: 0.18, 'stroke-linecap': 'round' }));
    out.push(path('M229 414L251 414L247 436L233 436Z', { fill: '#000000', opacity: 0.12 }));
    const left = 'M204 388Q218 404 234 414L224 452Q208 430 198 404Z';
    const right = 'M276 388Q262 404 246 414L256 452Q272 430 282 404Z';
    out.push(path(left, { fill: c.top }), path(left, edge), path(right, { fill: c.top }), path(right, edge));
  } else {
    // open neck: a little V of skin, collar points spread wider
    out.push(path('M222 402L240 442L258 402Z', { fill: P.skin.base }));
    out.push(path('M222 402L240 442L258 402', { fill: 'none', stroke: P.skin.shade, 'stroke-width': 2 }));
    const left = 'M204 386Q216 398 222 402L240 442L214 456Q204 430 198 404Z';
    const right = 'M276 386Q264 398 258 402L240 442L266 456Q276 430 282 404Z';
    out.push(path(left, { fill: c.top }), path(left, edge), path(right, { fill: c.top }), path(right, edge));
    out.push(circle(240, 474, 3, { fill: c.topShade }), circle(240, 510, 3, { fill: c.topShade }));
  }
  return out;
}

// A knit quarter-zip: ribbed stand collar, folded open at the zip.
function quarterZip(P) {
  const c = P.clothes;
  const line = { fill: 'none', stroke: c.jacketShade, 'stroke-width': 2.6, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' };
  const out = [];
  out.push(path('M208 318L206 402Q240 426 274 402L272 318Z', { fill: P.skin.base }));
  out.push(path('M206 330Q240 392 274 330L274 372Q240 410 206 372Z', { fill: P.skin.shade, opacity: 0.75 }));
  // what is worn underneath, in the opening
  out.push(path('M214 396L240 462L266 396Z', { fill: c.top }));
  out.push(path('M218 398Q240 416 262 398', { fill: 'none', stroke: c.topShade, 'stroke-width': 3 }));
  // collar flaps, folded back either side of the zip
  const left = 'M200 376C192 388 188 400 190 410Q214 440 238 462L222 400Q212 390 208 372Z';
  const right = 'M280 376C288 388 292 400 290 410Q266 440 242 462L258 400Q268 390 272 372Z';
  out.push(path(left, { fill: c.lapel }), path(left, line), path(right, { fill: c.lapel }), path(right, line));
  // ribbing on the collar
  out.push(path('M196 392Q206 398 214 404M194 402Q206 412 220 424M266 404Q274 398 284 392M260 424Q274 412 286 402',
    { ...line, 'stroke-width': 1.6, opacity: 0.6 }));
  // the zip, and its pull
  out.push(path('M240 462L240 560', { fill: 'none', stroke: c.jacketShade, 'stroke-width': 4 }));
  out.push(path('M240 462L240 560', { fill: 'none', stroke: '#B9BEC4', 'stroke-width': 1.6, 'stroke-dasharray': '2 3' }));
  out.push(`<rect ${attrs({ x: 235, y: 458, width: 10, height: 18, rx: 3, fill: '#B9BEC4', stroke: '#6E747A', 'stroke-width': 1.4 })}/>`);
  // raglan seams
  out.push(path('M190 410Q150 440 118 476M290 410Q330 440 362 476', { ...line, 'stroke-width': 2.4, opacity: 0.7 }));
  // ribbed hem at the bottom edge is off-frame; a small chest badge instead
  if (c.logo) {
    out.push(`<rect ${attrs({ x: 296, y: 470, width: 36, height: 18, rx: 4, fill: c.logo })}/>`);
    out.push(path('M302 479L326 479', { fill: 'none', stroke: c.jacket, 'stroke-width': 3, 'stroke-linecap': 'round' }));
  }
  return out;
}

// Arms folded across the chest: one forearm lies across the body with its hand
// tucked under the far upper arm; the other hand grips the near upper arm.
function crossedArms(P) {
  const c = P.clothes;
  const sk = P.skin;
  const line = { fill: 'none', stroke: c.jacketShade, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };
  return [
    // the lower forearm, mostly hidden, and its hand on the viewer's-left arm
    path('M150 528C146 508 132 492 110 488C92 485 78 494 78 508C78 520 90 528 106 530Z', { fill: sk.base }),
    path('M84 500Q100 496 118 500M82 512Q100 510 120 514', { fill: 'none', stroke: sk.shade, 'stroke-width': 2.4, 'stroke-linecap': 'round' }),
    // the upper forearm, lying across the body
    path('M66 550C56 530 70 512 96 510L374 492L380 540L124 556C98 558 74 562 66 550Z', { fill: c.lapel }),
    path('M66 550C56 530 70 512 96 510L374 492M380 540L124 556C98 558 74 562 66 550', { ...line, 'stroke-width': 3.5 }),
    path('M150 532Q200 526 236 528M268 522Q310 518 352 518', { ...line, 'stroke-width': 3, opacity: 0.7 }),
    // the viewer's-right upper arm, covering the tucked-in hand
    path('M366 470C400 480 440 508 454 560L372 560C376 530 372 496 366 470Z', { fill: c.jacket }),
    path('M366 470C372 496 376 530 372 560', { ...line, 'stroke-width': 4 }),
  ].join('');
}

// ---------------------------------------------------------------------------
// Whole portrait
// ---------------------------------------------------------------------------
const FACE = 'M240 128C298 128 332 172 330 240C328 296 300 346 262 364Q240 374 218 364C180 346 152 296 150 240C148 172 182 128 240 128Z';

export function renderPortrait(P, moodName) {
  const M = MOODS[moodName];
  if (!M) throw new Error(`unknown mood ${moodName}`);
  const hair = HAIR_STYLES[P.hair.style];
  if (!hair) throw new Error(`unknown hair style ${P.hair.style} for ${P.id}`);
  const id = (s) => `${P.id}-${moodName}-${s}`;
  const dx = M.turn;
  const lx = CX - EYE_DX + dx, rx = CX + EYE_DX + dx;

  const head = [];
  head.push(hair.back(P));
  // ears
  for (const [x, s] of [[152, -1], [328, 1]]) {
    head.push(ellipse(x - s * dx * 0.3, 262, 15, 25, { fill: P.skin.base }));
    head.push(path(`M${pt(x + s * 4 - s * dx * 0.3, 250)}Q${pt(x + s * 9 - s * dx * 0.3, 262)} ${pt(x + s * 3 - s * dx * 0.3, 276)}`,
      { fill: 'none', stroke: P.skin.shade, 'stroke-width': 2.4, 'stroke-linecap': 'round' }));
    if (P.earrings) head.push(circle(x + s * 2 - s * dx * 0.3, 285, 4.2, { fill: P.earrings }));
  }
  head.push(path(FACE, { fill: P.skin.base }));
  head.push(`<clipPath id="${id('face')}"><path d="${FACE}"/></clipPath>`);
  head.push(`<g clip-path="url(#${id('face')})">` +
    // side shading, on the side the head turns away from
    ellipse(dx < 0 ? 346 : 350, 260, 46, 140, { fill: P.skin.shade, opacity: 0.35 }) +
    path(hair.shadow, { fill: P.skin.shade, opacity: 0.55, 'fill-rule': hair.shadowRule }) +
    '</g>');
  if (M.blush > 0) {
    head.push(ellipse(lx - 8, 290, 22, 12, { fill: P.skin.blush, opacity: M.blush }));
    head.push(ellipse(rx + 8, 290, 22, 12, { fill: P.skin.blush, opacity: M.blush }));
  }
  head.push(brow(P, M, -1, lx), brow(P, M, 1, rx));
  head.push(eye(P, M, -1, id('eyeL'), lx), eye(P, M, 1, id('eyeR'), rx));
  if (M.frownLines) {
    head.push(path(`M${pt(CX + dx - 7, 214)}Q${pt(CX + dx - 4, 224)} ${pt(CX + dx - 6, 234)}M${pt(CX + dx + 7, 214)}Q${pt(CX + dx + 4, 224)} ${pt(CX + dx + 6, 234)}`,
      { fill: 'none', stroke: P.skin.shade, 'stroke-width': 2.2, 'stroke-linecap': 'round' }));
  }
  head.push(nose(P, dx * 1.15));
  if (M.smileLines) {
    const m = M.mouth;
    head.push(path(`M${pt(CX + dx - m.w - 4, 296)}Q${pt(CX + dx - m.w - 14, 316)} ${pt(CX + dx - m.w - 4, MOUTH_Y - m.curve + 8)}` +
      `M${pt(CX + dx + m.w + 4, 296)}Q${pt(CX + dx + m.w + 14, 316)} ${pt(CX + dx + m.w + 4, MOUTH_Y - m.curve + 8)}`,
    { fill: 'none', stroke: P.skin.shade, 'stroke-width': 2.4, 'stroke-linecap': 'round' }));
  }
  head.push(beard(P, M, dx, id('beard')));
  head.push(mouth(P, M, dx, id('mouth')));
  head.push(hair.front(P, id));
  head.push(glasses(P, M));

  const svg = [
    // Drawn at twice the viewBox so the portrait stays crisp on a projector.
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W * 2}" height="${H * 2}" viewBox="0 0 ${W} ${H}">`,
    hair.behindBody(P),
    body(P, M),
    ...(hair.overBody ? [hair.overBody(P, M)] : []),   // e.g. a scarf over the shoulders
    `<g transform="rotate(${M.tilt} ${NECK_PIVOT[0]} ${NECK_PIVOT[1]}) translate(${NECK_PIVOT[0]} ${NECK_PIVOT[1]}) scale(${HEAD_SCALE}) translate(${-NECK_PIVOT[0]} ${-NECK_PIVOT[1]})">`,
    head.join(''),
    '</g>',
    '</svg>',
  ];
  return svg.join('\n') + '\n';
}

function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  let count = 0;
  for (const P of PERSONAS) {
    const dir = join(root, 'assets', 'portraits', P.id);
    mkdirSync(dir, { recursive: true });
    for (const mood of Object.keys(MOODS)) {
      writeFileSync(join(dir, `${mood}.svg`), renderPortrait(P, mood));
      count++;
    }
  }
  console.log(`make-portraits: wrote ${count} SVGs to assets/portraits/`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
