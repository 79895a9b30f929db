import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { timelineQueryKey } from '../../../shared/breaches/breaches-api';
import {
  addTask,
  checklistsQueryKey,
  type ChecklistItem,
  type CreateTaskBody,
  listChecklists,
  listOverdueTasks,
  overdueTasksQueryKey,
  saveChecklist,
  type Task,
  tasksQueryKey,
  updateTask,
  type UpdateTaskBody,
} from '../api/tasks-api';
import { tasksQuery } from '../api/task-queries';

export function useTasks(breachId: string) {
  return useQuery(tasksQuery(breachId));
}

/** After a change: the tasks, the timeline (every change is on it) and my work. */
function useRefreshAfterTaskChange(breachId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: tasksQueryKey(breachId) }),
      queryClient.invalidateQueries({ queryKey: timelineQueryKey(breachId) }),
      queryClient.invalidateQueries({ queryKey: ['my-work'] }),
      queryClient.invalidateQueries({ queryKey: overdueTasksQueryKey }),
    ]);
}

export function useAddTask(breachId: string) {
  const refresh = useRefreshAfterTaskChange(breachId);
  return useMutation({ mutationFn: (body: CreateTaskBody) => addTask(breachId, body), onSuccess: refresh });
}

/** Changes a task; a new state shows at once (the box ticks on click) and is put back if the API refuses. */
export function useUpdateTask(breachId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshAfterTaskChange(breachId);
  const key = tasksQueryKey(breachId);
  return useMutation({
    mutationFn: ({ taskId, body }: { taskId: string; body: UpdateTaskBody }) => updateTask(breachId, taskId, body),
    onMutate: async ({ taskId, body }) => {
      const previous = queryClient.getQueryData<Task[]>(key);
      const state = body.state;
      if (!previous || !state) return { previous };
      await queryClient.cancelQueries({ queryKey: key });
      queryClient.setQueryData<Task[]>(
        key,
        previous.map((t) => (t.id === taskId ? { ...t, state, overdue: state === 'open' && t.overdue } : t)),
      );
      return { previous };
    },
    onError: (_error, _vars, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSettled: refresh,
  });
}

/** Overdue tasks for the clock board, refreshed each minute like the board. */
export function useOverdueTasks() {
  return useQuery({ queryKey: overdueTasksQueryKey, queryFn: listOverdueTasks, refetchInterval: 60_000 });
}

export function useChecklists() {
  return useQuery({ queryKey: checklistsQueryKey, queryFn: listChecklists });
}

export function useSaveChecklist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ cause, items }: { cause: string; items: ChecklistItem[] }) => saveChecklist(cause, items),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: checklistsQueryKey }),
  });
}
