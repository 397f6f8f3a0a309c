#!/usr/bin/env bash
# Regenerates every sound in assets/sounds/ with sox (Debian: apt-get install -y sox).
# All output: 16-bit mono WAV (44.1 kHz; the low ambient loops 11.025 kHz); the same bytes on
# every run.
set -euo pipefail
cd "$(dirname "$0")/sounds"
command -v sox >/dev/null || { echo "sox is missing: apt-get install -y sox" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
OUT=(-r 44100 -b 16 -c 1)
# The loops hold nothing above their 1200 Hz low-pass, so a quarter of the sample rate keeps
# every sound in them at a quarter of the bytes.
LOOP_RATE=(-r 11025)
# -R: repeatable mode, so the noise inside `pluck` is the same on every run.
sox() { command sox -R "$@"; }

# One soft note: a sine with a touch of its octave, quick attack, gentle decay.
note() { # file seconds frequency volume
  sox -n "${OUT[@]}" "$1" synth "$2" sine "$3" sine "$(awk "BEGIN { print $3 * 2 }")" \
    remix 1v0.8,2v0.2 fade q 0.006 "$2" "$(awk "BEGIN { print $2 * 0.8 }")" vol "$4"
}

# select: one short, light blip (focus moves, toggles).
note select.wav 0.07 1046.5 0.35

# confirm: two rising notes (a choice is accepted).
note "$work/c1.wav" 0.08 659.25 0.4
note "$work/c2.wav" 0.16 987.77 0.4
sox "$work/c1.wav" "$work/c2.wav" confirm.wav

# warning: two falling, rounder notes (not possible right now).
sox -n "${OUT[@]}" "$work/w1.wav" synth 0.12 triangle 392 fade q 0.01 0.12 0.06 vol 0.35
sox -n "${OUT[@]}" "$work/w2.wav" synth 0.2 triangle 311.13 fade q 0.01 0.2 0.15 vol 0.35
sox "$work/w1.wav" "$work/w2.wav" warning.wav

# good: a rising major arpeggio (a score went up).
note "$work/g1.wav" 0.09 523.25 0.35
note "$work/g2.wav" 0.09 659.25 0.35
note "$work/g3.wav" 0.22 783.99 0.35
sox "$work/g1.wav" "$work/g2.wav" "$work/g3.wav" good.wav

# bad: a falling minor third, low (a score went down).
sox -n "${OUT[@]}" "$work/b1.wav" synth 0.14 triangle 329.63 fade q 0.01 0.14 0.08 vol 0.35
sox -n "${OUT[@]}" "$work/b2.wav" synth 0.28 triangle 261.63 fade q 0.01 0.28 0.22 vol 0.35
sox "$work/b1.wav" "$work/b2.wav" bad.wav

# event: a plucked bell (something happened in the world).
sox -n "${OUT[@]}" event.wav synth 0.7 pluck 880 fade q 0.002 0.7 0.5 vol 0.4

# commit: a low soft thump under a bright chord (the plan is locked in).
sox -n "${OUT[@]}" "$work/k1.wav" synth 0.35 sine 130.81 fade q 0.004 0.35 0.3 vol 0.5
sox -n "${OUT[@]}" "$work/k2.wav" synth 0.35 pluck 523.25 fade q 0.004 0.35 0.3 vol 0.25
sox -n "${OUT[@]}" "$work/k3.wav" synth 0.35 pluck 783.99 fade q 0.004 0.35 0.3 vol 0.2
sox -m "$work/k1.wav" "$work/k2.wav" "$work/k3.wav" commit.wav

# Ambient loops: every frequency is a multiple of 1/8 Hz and every swell a whole number of cycles
# in 8 s, so the file ends exactly where it starts and loops without a click.
# title: an open A-major pad (A2, E3, C#4, E4) breathing slowly.
sox -n "${OUT[@]}" "$work/t1.wav" synth 8 sine 110 tremolo 0.25 40 vol 0.22
sox -n "${OUT[@]}" "$work/t2.wav" synth 8 sine 164.875 tremolo 0.125 50 vol 0.16
sox -n "${OUT[@]}" "$work/t3.wav" synth 8 sine 277.25 tremolo 0.375 60 vol 0.08
sox -n "${OUT[@]}" "$work/t4.wav" synth 8 sine 329.625 tremolo 0.25 70 vol 0.06
sox -m "$work/t1.wav" "$work/t2.wav" "$work/t3.wav" "$work/t4.wav" "${LOOP_RATE[@]}" ambient-title.wav \
  lowpass 1200

# play: calmer and lower, D (D2, A2, F#3), for long planning sessions.
sox -n "${OUT[@]}" "$work/p1.wav" synth 8 sine 73.375 tremolo 0.125 30 vol 0.22
sox -n "${OUT[@]}" "$work/p2.wav" synth 8 sine 110 tremolo 0.25 40 vol 0.14
sox -n "${OUT[@]}" "$work/p3.wav" synth 8 sine 185 tremolo 0.125 60 vol 0.06
sox -m "$work/p1.wav" "$work/p2.wav" "$work/p3.wav" "${LOOP_RATE[@]}" ambient-play.wav lowpass 900

ls -l ./*.wav
