import type { NextRequest } from 'next/server';
import { handleOperatorAuthRequest } from '@/lib/operator/handle-operator-auth-request';

export const GET = (req: NextRequest) => handleOperatorAuthRequest(req);
export const POST = (req: NextRequest) => handleOperatorAuthRequest(req);
