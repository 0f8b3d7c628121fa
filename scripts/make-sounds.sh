#!/usr/bin/env bash
# Synthesises the UI and ambience sounds for The Long Game with SoX.
#
#   bash scripts/make-sounds.sh
#
# Writes assets/audio/<name>.ogg and assets/audio/<name>.mp3 for the effects:
#   choose, meeting-start, phone-buzz, door-knock, notification
# each mono, 44.1 kHz, peak-normalised to -3 dBFS, with short fades at both
# ends so nothing clicks; and for the music:
#   music-loop: a 36 s soft pad that loops seamlessly, mono, 44.1 kHz,
#   peak-normalised to -6 dBFS, at a low bit rate so each file stays small.
# Safe to run again: it overwrites its outputs.
# Needs: sox with ogg and mp3 support (apt-get install sox libsox-fmt-all).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/assets/audio"
mkdir -p "$OUT"

for fmt in ogg mp3; do
  if ! sox -h 2>/dev/null | grep -i 'AUDIO FILE FORMATS' | grep -qw "$fmt"; then
    echo "make-sounds: this sox cannot write .$fmt (install libsox-fmt-all)" >&2
    exit 1
  fi
done

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

RATE=44100
# -R: repeatable pseudo-random numbers, so noise-based sounds come out the same
# on every run.
SOX=(sox -R -q)

# tone OUT LENGTH WAVE FREQ DECAY_SHAPE [extra effects...]
# A single note: a quick attack (ATTACK seconds, default 2 ms), then a fade over
# the rest of its length. DECAY_SHAPE is a sox fade type: l (logarithmic,
# bell-like), h, q or t.
ATTACK=0.002
tone() {
  local out=$1 len=$2 wave=$3 freq=$4 shape=$5
  shift 5
  "${SOX[@]}" -n -r "$RATE" -c 1 -b 32 "$TMP/$out" \
    synth "$len" "$wave" "$freq" \
    fade q "$ATTACK" "$len" 0 fade "$shape" 0 "$len" "$(awk "BEGIN{print $len - $ATTACK}")" \
    "$@"
}

# bell OUT LENGTH FREQ: a soft bell-like note (fundamental plus a quiet
# upper partial) with a logarithmic decay.
bell() {
  local out=$1 len=$2 freq=$3
  local ATTACK=0.006
  tone "$out.f.wav" "$len" sine "$freq" l
  tone "$out.h.wav" "$(awk "BEGIN{print $len * 0.45}")" sine "$(awk "BEGIN{print $freq * 2.76}")" l vol 0.18
  tone "$out.o.wav" "$(awk "BEGIN{print $len * 0.7}")" sine "$(awk "BEGIN{print $freq * 2}")" l vol 0.25
  "${SOX[@]}" -m "$TMP/$out.f.wav" "$TMP/$out.h.wav" "$TMP/$out.o.wav" "$TMP/$out"
}

# at OUT IN SECONDS: IN delayed by SECONDS of silence.
at() {
  "${SOX[@]}" "$TMP/$2" "$TMP/$1" pad "$3" 0
}

# finish NAME IN LENGTH: trim/pad to LENGTH, fade both ends, normalise to
# -3 dBFS peak, and write the .ogg and .mp3.
finish() {
  local name=$1 in=$2 len=$3
  "${SOX[@]}" "$TMP/$in" "$TMP/$name.padded.wav" pad 0 "$len"
  "${SOX[@]}" "$TMP/$name.padded.wav" -r "$RATE" -c 1 -b 16 "$TMP/$name.final.wav" \
    trim 0 "$len" \
    fade q 0.003 "$len" 0.02 \
    gain -n -3 dither -s
  rm -f "$OUT/$name.ogg" "$OUT/$name.mp3"
  "${SOX[@]}" "$TMP/$name.final.wav" -C 3 "$OUT/$name.ogg"
  "${SOX[@]}" "$TMP/$name.final.wav" -C 96 "$OUT/$name.mp3"
}

# --- choose: a soft wooden pluck, ~0.12 s -----------------------------------
tone choose.a.wav 0.12 pluck 784 l lowpass 2600 lowpass 2600
tone choose.b.wav 0.06 sine 1568 l vol 0.3
tone choose.c.wav 0.12 sine 392 l vol 0.35
"${SOX[@]}" -m "$TMP/choose.a.wav" "$TMP/choose.b.wav" "$TMP/choose.c.wav" "$TMP/choose.mix.wav"
finish choose choose.mix.wav 0.12

# --- meeting-start: a gentle rising three-note chime (G4 C5 E5), ~0.8 s ------
bell ms1.wav 0.55 392.00
bell ms2.wav 0.50 523.25
bell ms3.wav 0.50 659.25
at ms2.at.wav ms2.wav 0.14
at ms3.at.wav ms3.wav 0.28
"${SOX[@]}" -m -v 0.9 "$TMP/ms1.wav" -v 0.9 "$TMP/ms2.at.wav" -v 1 "$TMP/ms3.at.wav" "$TMP/ms.mix.wav"
"${SOX[@]}" "$TMP/ms.mix.wav" "$TMP/ms.verb.wav" pad 0 0.2 reverb 35 50 60 100 10 lowpass 6000
finish meeting-start ms.verb.wav 0.8

# --- phone-buzz: a phone vibrating on a desk, two short buzzes, ~0.7 s ------
# A 160 Hz motor hum, roughened by a square-wave rattle and amplitude wobble,
# band-limited so it sounds like it's coming through the desk.
buzz() {
  local out=$1 len=$2
  "${SOX[@]}" -n -r "$RATE" -c 1 -b 32 "$TMP/$out.hum.wav" synth "$len" sawtooth 158 vol 0.6
  "${SOX[@]}" -n -r "$RATE" -c 1 -b 32 "$TMP/$out.rat.wav" synth "$len" square 316 vol 0.25
  "${SOX[@]}" -n -r "$RATE" -c 1 -b 32 "$TMP/$out.nz.wav" synth "$len" brownnoise vol 0.25
  "${SOX[@]}" -m "$TMP/$out.hum.wav" "$TMP/$out.rat.wav" "$TMP/$out.nz.wav" "$TMP/$out" \
    tremolo 31 45 bandpass 260 1.2q lowpass 1800 \
    fade q 0.015 "$len" 0.03
}
buzz bz1.wav 0.24
buzz bz2.wav 0.24
at bz2.at.wav bz2.wav 0.38
"${SOX[@]}" -m "$TMP/bz1.wav" "$TMP/bz2.at.wav" "$TMP/bz.mix.wav" overdrive 6 gain -6
finish phone-buzz bz.mix.wav 0.7

# --- door-knock: two knocks on a wooden door, ~0.6 s -------------------------
# Each knock: a resonant thump (decaying low sines for the door panel) plus a
# tiny filtered noise burst for the knuckle contact.
knock() {
  local out=$1
  tone "$out.body.wav" 0.16 sine 105 l
  tone "$out.pan.wav" 0.10 sine 210 l vol 0.5
  tone "$out.wood.wav" 0.05 sine 640 l vol 0.25
  "${SOX[@]}" -n -r "$RATE" -c 1 -b 32 "$TMP/$out.hit.wav" synth 0.025 pinknoise \
    fade q 0.001 0.025 0.022 bandpass 1100 1.5q vol 0.7
  "${SOX[@]}" -m "$TMP/$out.body.wav" "$TMP/$out.pan.wav" "$TMP/$out.wood.wav" "$TMP/$out.hit.wav" "$TMP/$out"
}
knock kn1.wav
knock kn2.wav
at kn2.at.wav kn2.wav 0.21
"${SOX[@]}" -m -v 0.9 "$TMP/kn1.wav" -v 1 "$TMP/kn2.at.wav" "$TMP/kn.mix.wav" \
  pad 0.01 0.2 reverb 15 50 20 100 5 lowpass 5000
finish door-knock kn.mix.wav 0.6

# --- notification: a light two-step message ping, ~0.3 s --------------------
bell nt1.wav 0.14 1174.66
bell nt2.wav 0.26 1567.98
at nt2.at.wav nt2.wav 0.07
"${SOX[@]}" -m -v 0.8 "$TMP/nt1.wav" -v 1 "$TMP/nt2.at.wav" "$TMP/nt.mix.wav" lowpass 7000
finish notification nt.mix.wav 0.3

# --- music-loop: a calm pad of four slow chords, 36 s, seamless loop --------
# Cmaj9 - Am7 - Fmaj7 - G6, 9 s each, every chord holding E4 so the harmony
# barely moves. Each note is two slightly detuned sines (a slow, soft beating)
# with a little triangle for body, a slow swell in and out, low-passed; a few
# quiet bell notes on the chords' own tones float above. The whole piece is
# rendered with its tails (chord releases and reverb run past 36 s), then the
# part past 36 s is mixed back onto the start: the end flows into the start
# exactly as it would if the piece really repeated, so the loop has no seam.
LOOP=36      # seconds in one loop
SLOT=9       # seconds per chord
CHORD=12.5   # seconds each chord sounds (it overlaps the next one's swell)
RENDER=46    # the loop plus every tail

# padnote OUT FREQ VOL: one pad voice, CHORD seconds long.
padnote() {
  local out=$1 freq=$2 vol=$3
  "${SOX[@]}" -r "$RATE" -c 3 -n -c 1 -b 32 "$TMP/$out" \
    synth "$CHORD" sine "$freq" sine "$(awk "BEGIN{print $freq * 1.0035}")" triangle "$(awk "BEGIN{print $freq * 0.9985}")" \
    remix 1v0.45,2v0.45,3v0.12 \
    lowpass 1400 fade h 3.5 "$CHORD" 4.5 vol "$vol"
}

# chord NAME START FREQ...: the notes of one chord, low to high (the lowest is
# the bass, the highest a quieter top voice), starting START seconds in.
chord() {
  local name=$1 start=$2
  shift 2
  local n=0 count=$# files=() vol
  for freq in "$@"; do
    n=$((n + 1))
    # Quiet enough that four overlapping chords never clip before normalising.
    if [ "$n" -eq 1 ]; then vol=0.3; elif [ "$n" -eq "$count" ]; then vol=0.1; else vol=0.17; fi
    padnote "$name.$n.wav" "$freq" "$vol"
    files+=(-v 1 "$TMP/$name.$n.wav")
  done
  "${SOX[@]}" -m "${files[@]}" "$TMP/$name.mix.wav"
  at "$name.wav" "$name.mix.wav" "$start"
}

chord pad1 0              130.81 196.00 246.94 329.63 587.33          # Cmaj9: C3 G3 B3 E4 D5
chord pad2 "$SLOT"         110.00 164.81 196.00 261.63 329.63 523.25   # Am7: A2 E3 G3 C4 E4 C5
chord pad3 $((SLOT * 2))   87.31  130.81 220.00 261.63 329.63 440.00   # Fmaj7: F2 C3 A3 C4 E4 A4
chord pad4 $((SLOT * 3))   98.00  146.83 246.94 293.66 329.63 493.88   # G6: G2 D3 B3 D4 E4 B4

# A few soft bell notes (start second, frequency: E5 D5 C5 E5 A4 C5 D5 B4), well apart.
MELODY=(2.5 659.25  6.0 587.33  12.0 523.25  15.5 659.25  21.0 440.00  24.5 523.25  30.0 587.33  33.5 493.88)
mel=()
for ((i = 0; i < ${#MELODY[@]}; i += 2)); do
  bell "mel$i.wav" 3.2 "${MELODY[i + 1]}"
  "${SOX[@]}" "$TMP/mel$i.wav" "$TMP/mel$i.soft.wav" lowpass 2500 vol 0.07
  at "mel$i.at.wav" "mel$i.soft.wav" "${MELODY[i]}"
  mel+=(-v 1 "$TMP/mel$i.at.wav")
done
"${SOX[@]}" -m "${mel[@]}" "$TMP/melody.wav"

# Mix, add a room, and render every tail out to RENDER seconds.
"${SOX[@]}" -m -v 1 "$TMP/pad1.wav" -v 1 "$TMP/pad2.wav" -v 1 "$TMP/pad3.wav" -v 1 "$TMP/pad4.wav" -v 1 "$TMP/melody.wav" \
  "$TMP/music.mix.wav"
"${SOX[@]}" "$TMP/music.mix.wav" "$TMP/music.dry.wav" pad 0 "$(awk "BEGIN{print $RENDER - $(sox --i -D "$TMP/music.mix.wav")}")"
"${SOX[@]}" "$TMP/music.dry.wav" "$TMP/music.wet.wav" reverb 40 60 80 100 20
# Fold: the part past LOOP seconds, mixed back onto the start.
"${SOX[@]}" "$TMP/music.wet.wav" "$TMP/music.head.wav" trim 0 "$LOOP"
"${SOX[@]}" "$TMP/music.wet.wav" "$TMP/music.tail.wav" trim "$LOOP"
"${SOX[@]}" -m -v 1 "$TMP/music.head.wav" -v 1 "$TMP/music.tail.wav" "$TMP/music.loop.wav"
"${SOX[@]}" "$TMP/music.loop.wav" -r "$RATE" -c 1 -b 16 "$TMP/music.final.wav" trim 0 "$LOOP" gain -n -6 dither -s
rm -f "$OUT/music-loop.ogg" "$OUT/music-loop.mp3"
# Low bit rates are plenty for a soft pad with nothing above 2.5 kHz: Vorbis
# quality 2 (about 28 kbit/s here) and 32 kbit/s MP3, about 130 and 145 KB.
# Vorbis loops sample-exactly; MP3 has no gapless header from sox, so where a
# browser falls back to it the loop point may dip for ~25 ms.
"${SOX[@]}" "$TMP/music.final.wav" -C 2 "$OUT/music-loop.ogg"
"${SOX[@]}" "$TMP/music.final.wav" -C 32 "$OUT/music-loop.mp3"

echo "make-sounds: wrote $(ls "$OUT" | wc -l) files to ${OUT#"$ROOT"/}"
