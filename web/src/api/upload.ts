import type { TadaDocumentNode } from 'gql.tada';
import { print } from 'graphql';
import { resultOf } from './client';
import { networkError } from './errors';
import { readSession } from './token';

export interface UploadProgress {
  /** 0–100 while the bytes travel; then the server validates and stores. */
  percent: number;
  phase: 'uploading' | 'validating';
}

/**
 * A GraphQL multipart upload through XMLHttpRequest, which (unlike fetch) reports upload progress.
 * The file variable is named `file`.
 */
export function uploadFile<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  variables: Omit<Variables, 'file'>,
  file: File,
  onProgress: (p: UploadProgress) => void,
): Promise<Result> {
  const form = new FormData();
  form.set('operations', JSON.stringify({ query: print(document), variables: { ...variables, file: null } }));
  form.set('map', JSON.stringify({ 0: ['variables.file'] }));
  form.set('0', file, file.name);
  const session = readSession();
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/graphql');
    if (session) xhr.setRequestHeader('authorization', `Bearer ${session.token}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable)
        onProgress({ percent: Math.round((e.loaded / e.total) * 100), phase: 'uploading' });
    };
    xhr.upload.onload = () => onProgress({ percent: 100, phase: 'validating' });
    xhr.onerror = () => reject(networkError());
    xhr.onload = () => {
      try {
        resolve(resultOf(JSON.parse(xhr.responseText), Boolean(session)));
      } catch (error) {
        reject(error);
      }
    };
    xhr.send(form);
  });
}
