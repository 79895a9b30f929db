import type { Client } from 'openapi-fetch';
import { api, dataOf } from '../../../api/client';

export type TaskState = 'open' | 'done' | 'not_needed';

export interface TaskPerson {
  id: string;
  name: string;
}

/** A task as GET /api/breaches/{id}/tasks gives it; `overdue` by the server's clock. */
export interface Task {
  id: string;
  breachId: string;
  title: string;
  assignee: TaskPerson | null;
  dueAt: string | null;
  state: TaskState;
  notNeededReason: string | null;
  closedAt: string | null;
  closedBy: TaskPerson | null;
  overdue: boolean;
  createdAt: string;
}

export interface CreateTaskBody {
  title: string;
  assigneeId?: string | null;
  dueAt?: string | null;
}

export interface UpdateTaskBody {
  title?: string;
  assigneeId?: string | null;
  dueAt?: string | null;
  state?: TaskState;
  notNeededReason?: string;
}

/** An overdue task on an open breach (GET /api/tasks/overdue), for the clock board. */
export interface OverdueTask {
  taskId: string;
  breachId: string;
  breachReference: string;
  breachTitle: string;
  title: string;
  dueAt: string;
  assignee: TaskPerson | null;
}

export interface ChecklistItem {
  title: string;
  dueAfterHours: number | null;
}

export interface Checklist {
  cause: string;
  items: ChecklistItem[];
}

/** The longest task title the API takes. */
export const MAX_TASK_TITLE = 200;

export const tasksQueryKey = (breachId: string) => ['breaches', 'tasks', breachId] as const;
export const checklistsQueryKey = ['checklists'] as const;
export const overdueTasksQueryKey = ['tasks', 'overdue'] as const;

type Json<T> = { headers: Record<string, unknown>; content: { 'application/json': T } };
type NoParams = { query?: never; header?: never; path?: never; cookie?: never };
type PathParams<P> = { query?: never; header?: never; path: P; cookie?: never };

/** The task routes, typed here (the generated schema is regenerated at release; see docs/architecture.md). */
interface TasksPaths {
  '/api/breaches/{id}/tasks': {
    parameters: NoParams;
    get: { parameters: PathParams<{ id: string }>; requestBody?: never; responses: { 200: Json<Task[]> } };
    post: {
      parameters: PathParams<{ id: string }>;
      requestBody: { content: { 'application/json': CreateTaskBody } };
      responses: { 201: Json<Task> };
    };
  };
  '/api/breaches/{id}/tasks/{taskId}': {
    parameters: NoParams;
    patch: {
      parameters: PathParams<{ id: string; taskId: string }>;
      requestBody: { content: { 'application/json': UpdateTaskBody } };
      responses: { 200: Json<Task> };
    };
  };
  '/api/tasks/overdue': {
    parameters: NoParams;
    get: { parameters: NoParams; requestBody?: never; responses: { 200: Json<OverdueTask[]> } };
  };
  '/api/checklists': {
    parameters: NoParams;
    get: { parameters: NoParams; requestBody?: never; responses: { 200: Json<Checklist[]> } };
  };
  '/api/checklists/{cause}': {
    parameters: NoParams;
    put: {
      parameters: PathParams<{ cause: string }>;
      requestBody: { content: { 'application/json': { items: ChecklistItem[] } } };
      responses: { 200: Json<Checklist> };
    };
  };
}

const tasksApi = api as unknown as Client<TasksPaths>;

export async function listTasks(breachId: string): Promise<Task[]> {
  return dataOf(await tasksApi.GET('/api/breaches/{id}/tasks', { params: { path: { id: breachId } } }));
}

export async function addTask(breachId: string, body: CreateTaskBody): Promise<Task> {
  return dataOf(await tasksApi.POST('/api/breaches/{id}/tasks', { params: { path: { id: breachId } }, body }));
}

export async function updateTask(breachId: string, taskId: string, body: UpdateTaskBody): Promise<Task> {
  return dataOf(
    await tasksApi.PATCH('/api/breaches/{id}/tasks/{taskId}', { params: { path: { id: breachId, taskId } }, body }),
  );
}

export async function listOverdueTasks(): Promise<OverdueTask[]> {
  return dataOf(await tasksApi.GET('/api/tasks/overdue'));
}

export async function listChecklists(): Promise<Checklist[]> {
  return dataOf(await tasksApi.GET('/api/checklists'));
}

export async function saveChecklist(cause: string, items: ChecklistItem[]): Promise<Checklist> {
  return dataOf(await tasksApi.PUT('/api/checklists/{cause}', { params: { path: { cause } }, body: { items } }));
}
