/**
 * A notice that asks the learner to choose (keep a shared version, load the
 * other tab's edits, run saved code that crashed): plain text and buttons,
 * never HTML, because the text can quote what a learner or a link supplied.
 * The host element carries the role (alert or status) in the markup, so a
 * screen reader announces the notice when it appears.
 */
export interface NoticeAction {
  label: string;
  run: () => void | Promise<void>;
}

export interface ChoiceNotice {
  show(text: string, actions?: readonly NoticeAction[]): void;
  hide(): void;
  readonly shown: boolean;
}

export function createChoiceNotice(host: HTMLElement): ChoiceNotice {
  const notice: ChoiceNotice = {
    show(text, actions = []) {
      const message = document.createElement('p');
      message.textContent = text;
      const buttons = actions.map((action) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'button';
        button.textContent = action.label;
        button.addEventListener('click', () => void action.run());
        return button;
      });
      const row = document.createElement('p');
      row.className = 'choice-actions';
      row.append(...buttons);
      host.replaceChildren(message, ...(buttons.length ? [row] : []));
      host.hidden = false;
    },
    hide() {
      host.replaceChildren();
      host.hidden = true;
    },
    get shown() {
      return !host.hidden;
    },
  };
  return notice;
}
