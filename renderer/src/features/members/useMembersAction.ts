import { App } from 'antd';
import { errorText } from '../../api/errorText';

/** Runs an action on the selected members: the text it returns is shown and `onDone` called, or the refusal is shown. */
export function useMembersAction(onDone: () => void): (act: () => Promise<string>) => Promise<void> {
  const { message } = App.useApp();
  return async (act) => {
    try {
      void message.success(await act());
      onDone();
    } catch (error) {
      void message.error(errorText(error));
    }
  };
}
