#!/usr/bin/env bash
# Generates the display board's offline voice clips (src/main/resources/static/audio/queue/*.wav) once;
# they are committed, so the application needs no speech engine and no network at run time.
#   apt-get install espeak-ng sox && bash tools/generate-voice-clips.sh
# Voice: espeak-ng's Mandarin voice (cmn, which reads Latin letters the English way, as halls announce
# them), 16 kHz mono 16-bit WAV with the silence trimmed so the board can join them without gaps.
set -euo pipefail
out="$(dirname "$0")/../src/main/resources/static/audio/queue"
mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

say() { # name text
  espeak-ng -v cmn -s 155 -p 45 -w "$tmp/raw.wav" "$2"
  sox "$tmp/raw.wav" -r 16000 -c 1 -b 16 "$out/$1.wav" \
    silence 1 0.01 1% reverse silence 1 0.01 1% reverse pad 0 0.04
}

digits=(零 一 二 三 四 五 六 七 八 九)
for i in "${!digits[@]}"; do say "$i" "${digits[$i]}"; done
say shi 十
say bai 百
for letter in {A..Z}; do say "letter-${letter,,}" "$letter"; done
say qing 请
say hao-dao 号到
say hao-chuangkou-banli 号窗口办理

# the chime: two soft tones, ding-dong
sox -n -r 16000 -c 1 -b 16 "$tmp/ding.wav" synth 0.35 sine 880 fade q 0.01 0.35 0.25 vol 0.5
sox -n -r 16000 -c 1 -b 16 "$tmp/dong.wav" synth 0.55 sine 660 fade q 0.01 0.55 0.45 vol 0.5
sox "$tmp/ding.wav" "$tmp/dong.wav" "$out/chime.wav" pad 0 0.2
echo "clips written to $out"
