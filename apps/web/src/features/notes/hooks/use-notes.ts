import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { timelineQueryKey } from '../../../shared/breaches/breaches-api';
import { mailQueryKey } from '../../../shared/mail/mail-api';
import { addNote, type CreateNoteBody, listNotes, notesQueryKey } from '../api/notes-api';

export function useNotes(breachId: string) {
  return useQuery({ queryKey: notesQueryKey(breachId), queryFn: () => listNotes(breachId) });
}

/** Adds a note, then refreshes the notes, the timeline (the note is on it) and the mail (mentions). */
export function useAddNote(breachId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateNoteBody) => addNote(breachId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: notesQueryKey(breachId) }),
        queryClient.invalidateQueries({ queryKey: timelineQueryKey(breachId) }),
        queryClient.invalidateQueries({ queryKey: mailQueryKey }),
      ]),
  });
}
