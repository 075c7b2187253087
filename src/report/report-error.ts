/** Input the report cannot be made from at all (no such file, the LRS refuses us): exit 2 with this message. */
export class ReportInputError extends Error {
  override name = 'ReportInputError';
}
