import { DataSource } from 'typeorm';
import { byIdLoader } from '../../loaders';
import { Visit } from './visit.entity';
import { VisitRequest } from './visit-request.entity';

export const visitByIdLoader = (db: DataSource) => byIdLoader(db, Visit);
export const visitRequestByIdLoader = (db: DataSource) => byIdLoader(db, VisitRequest);
