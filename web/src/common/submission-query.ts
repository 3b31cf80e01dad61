import { graphql, type ResultOf } from '../graphql';

export const SubmissionQuery = graphql(`
  query SubmissionDetail($id: ID!) {
    submission(id: $id) {
      id receiptCode dataset status filename format encoding sheetName headerRow
      rowCount errorCount warningCount uploadedAt submittedAt reviewedAt publishedAt
      withdrawnAt withdrawalReason withheldFields withholdableFields correctsId supersededById reviewedByMe
      enterprise { id name uscc }
      reviewNotes { reason row field createdAt }
      auditTrail { at actor action detail }
    }
  }
`);

export type SubmissionDetail = NonNullable<ResultOf<typeof SubmissionQuery>['submission']>;
