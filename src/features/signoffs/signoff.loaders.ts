import { DataSource, In } from 'typeorm';
import { byIdLoader, groupLoader } from '../../db/loaders';
import { SignoffForm } from './signoff-form.entity';
import { Signature } from './signature.entity';

/** Per-request loaders: a page of forms costs one query for their status and one for their signatures. */
export function signoffLoaders(db: DataSource) {
  return {
    signoffForm: byIdLoader(db, SignoffForm),
    signatures: groupLoader<number, Signature>(
      (formIds) => db.getRepository(Signature).find({ where: { formId: In(formIds) }, order: { department: 'ASC' } }),
      (s) => s.formId,
    ),
  };
}
