/**
 * The time-travel controls: the range input named "Time travel" (its value is
 * the number of events applied), step back and forward, and play.
 */
export interface TimeTravel {
  setRange(count: number, position: number): void;
  stop(): void;
}

export function setupTimeTravel(onMove: (position: number) => void): TimeTravel {
  const slider = document.getElementById('pg-time') as HTMLInputElement;
  const output = document.getElementById('pg-time-out') as HTMLOutputElement;
  const back = document.getElementById('pg-back') as HTMLButtonElement;
  const forward = document.getElementById('pg-forward') as HTMLButtonElement;
  const play = document.getElementById('pg-play') as HTMLButtonElement;
  let timer: number | undefined;

  const describe = (): void => {
    const text = `${Number(slider.value).toLocaleString('en')} of ${Number(slider.max).toLocaleString('en')} events applied`;
    slider.setAttribute('aria-valuetext', text);
    output.value = text;
    back.disabled = Number(slider.value) <= 0;
    forward.disabled = Number(slider.value) >= Number(slider.max);
  };
  const move = (position: number): void => {
    slider.value = String(Math.max(0, Math.min(Number(slider.max), position)));
    describe();
    onMove(Number(slider.value));
  };
  const stop = (): void => {
    if (timer !== undefined) window.clearInterval(timer);
    timer = undefined;
    play.setAttribute('aria-pressed', 'false');
    play.textContent = 'Play';
  };

  slider.addEventListener('input', () => {
    describe();
    onMove(Number(slider.value));
  });
  back.addEventListener('click', () => move(Number(slider.value) - 1));
  forward.addEventListener('click', () => move(Number(slider.value) + 1));
  play.addEventListener('click', () => {
    if (timer !== undefined) return stop();
    if (Number(slider.value) >= Number(slider.max)) move(0);
    play.setAttribute('aria-pressed', 'true');
    play.textContent = 'Pause';
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    timer = window.setInterval(() => {
      if (Number(slider.value) >= Number(slider.max)) return stop();
      move(Number(slider.value) + 1);
    }, reduced ? 1000 : 450);
  });

  return {
    setRange(count, position) {
      slider.max = String(count);
      slider.value = String(Math.min(count, position));
      describe();
    },
    stop,
  };
}
